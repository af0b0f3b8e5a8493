package no.smertereg.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Courses complete enough for the reports (issue 7), made through the API like a clinician would. */
final class ReportFixtures {

    /** A course made here: its id and the identity number it was registered with. */
    record Made(long courseId, String nationalId) {
    }

    private ReportFixtures() {
    }

    /**
     * A type 3 course (seen, included, consent: national registry) with every clinician form finalised, started
     * 2026-11-16. With a marker, every form's internal comment holds the marker and the identity number.
     */
    static Made type3(IntegrationTest it, String username, String unitResh, String marker) {
        return type3(it, username, unitResh, LocalDate.of(2026, 11, 16), 0, marker);
    }

    /** The same course started on {@code start} (referral and consent that day, ended four days later) in a ward. */
    static Made type3(IntegrationTest it, String username, String unitResh, LocalDate start, int department,
            String marker) {
        String nationalId = it.nextSyntheticNationalId();
        long id = register(it, username, unitResh, department, nationalId);
        it.finalise(username, id, "TO", Map.of("HenvistDato", start.toString(), "StartdatoTO", start.toString(),
                "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "1", "DatoSamtykke", start.toString()));
        it.finalise(username, id, "B11", Map.of("SmerteKat", "2", "DiagKatLangvarig", "4", "TidligereRus", "0",
                "PaagaaRus", "0", "LAR", "0"));
        it.finalise(username, id, "B12", Map.of("AngiNRS12", "1", "StSmRo12", "7", "SvSmRo12", "3",
                "StSmBev12", "8", "SvSmBev12", "99", "AkseptabelSmerte12", "0", "Funksjon12", "2"));
        it.finalise(username, id, "B21", Map.of("AngiNRS21", "1", "StSmRo21", "4", "SvSmRo21", "3",
                "StSmBev21", "5", "SvSmBev21", "2", "AkseptabelSmerte21", "1", "Funksjon21", "4"));
        it.finalise(username, id, "B22", Map.ofEntries(Map.entry("SluttDato", start.plusDays(4).toString()),
                Map.entry("Lege", true), Map.entry("AntTilsLege", 2), Map.entry("SykPleier", true),
                Map.entry("AntTilsSykPleier", 3), Map.entry("AntPasTils", 4), Map.entry("IkkeMedBeh", "1"),
                Map.entry("PSBeh", "1"), Map.entry("VidereOppf", "1"), Map.entry("BehNedtrappAvsluttTils", "1"),
                Map.entry("Journalnotat", true), Map.entry("OppfSmeKl", "0")));
        if (marker != null) {
            for (String form : List.of("TO", "B11", "B12", "B21", "B22")) {
                JsonNode current = it.as(username).get("/api/courses/" + id + "/forms/" + form).expect(200).json();
                it.as(username).put("/api/courses/" + id + "/forms/" + form + "/comment", Map.of("version",
                        current.path("version").asLong(), "comment", marker + " " + nationalId)).expect(200);
            }
        }
        return new Made(id, nationalId);
    }

    /** A type 1 course (not seen: TO and B1.1), local registry only, started 2026-11-16. */
    static Made type1(IntegrationTest it, String username, String unitResh) {
        return type1(it, username, unitResh, LocalDate.of(2026, 11, 16), 0);
    }

    /** The same course started on {@code start} in the unit's {@code department}-th ward. */
    static Made type1(IntegrationTest it, String username, String unitResh, LocalDate start, int department) {
        String nationalId = it.nextSyntheticNationalId();
        long id = register(it, username, unitResh, department, nationalId);
        it.finalise(username, id, "TO", Map.of("HenvistDato", start.toString(), "StartdatoTO", start.toString(),
                "Tilsett", "2"));
        it.finalise(username, id, "B11", Map.of("SmerteKat", "1", "TidligereRus", "0", "PaagaaRus", "0",
                "LAR", "0"));
        return new Made(id, nationalId);
    }

    private static long register(IntegrationTest it, String username, String unitResh, int department,
            String nationalId) {
        return it.as(username).post("/api/courses", Map.of("nationalId", nationalId, "departmentId",
                it.department(unitResh, department))).expect(201).json().path("id").asLong();
    }
}
