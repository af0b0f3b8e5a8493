package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import no.smertereg.course.DemoCourses;
import no.smertereg.reports.ReportPaths;
import no.smertereg.reports.ReportPaths.Scope;
import no.smertereg.shared.RegistryClock;

/**
 * Issue 22's exactness: every figure of the report (indicators per month and hospital, Snitt, ePROM response, Tilsyn,
 * yearly tables, coverage) and every exported row come out the same from the read model as from the forms' answers,
 * on the demo courses' mix (codes 9 and 99, missing answers, both legal bases, patient forms answered, stopped and
 * never sent) and after each change the read model must notice on its own: a form unlocked, a correction that
 * changes the course type, a reservation registered.
 */
class ReportReadModelIT extends IntegrationTest {

    private static final List<String> UNITS = List.of(HAUKELAND, AHUS);

    @Autowired
    DemoCourses demo;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegistryClock clock;

    @Test
    void theReadModelGivesEveryFigureAndRowAsTheFormsDo_throughUnlocksCorrectionsAndReservations() throws Exception {
        ReportPaths paths = new ReportPaths(context);
        assertThat(paths.readModelOn()).as("PostgreSQL: the reports read the read model").isTrue();
        List<String> people = IntStream.range(0, 24).mapToObj(i -> nextSyntheticNationalId()).toList();
        assertThat(demo.seed(UNITS, people, 12)).hasSize(24);
        long type3 = ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null).courseId();
        long corrected = ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null).courseId();
        long reserved = ReportFixtures.type3(this, "lu.ahus", AHUS, null).courseId();
        ReportFixtures.type1(this, "lu.ahus", AHUS);
        LocalDate to = clock.today();
        LocalDate from = to.minusYears(1);
        assertSameBothWays(paths, from, to, "the demo mix");
        int before = paths.fastExport(new Scope("smertereg", false, HAUKELAND), from, to).size();

        JsonNode b22 = as("lu.haukeland").get("/api/courses/" + type3 + "/forms/B22").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + type3 + "/forms/B22/unlock", Map.of("version",
                b22.path("version").asLong(), "reason", "Feil sluttdato")).expect(200);
        assertSameBothWays(paths, from, to, "B2.2 unlocked");
        assertThat(paths.fastExport(new Scope("smertereg", false, HAUKELAND), from, to))
                .as("an unlocked course is incomplete until B2.2 is finalised again").hasSize(before - 1);

        JsonNode to3 = as("lu.haukeland").get("/api/courses/" + corrected + "/forms/TO").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + corrected + "/forms/TO/unlock", Map.of("version",
                to3.path("version").asLong(), "reason", "Ikke tilsett")).expect(200);
        finalise("lc.haukeland", corrected, "TO", Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16",
                "Tilsett", "2"));
        assertThat(jdbc.queryForObject("select course_type from course where id = ?", Integer.class, corrected))
                .as("the correction made it a type 1 course").isEqualTo(1);
        assertSameBothWays(paths, from, to, "TO corrected to course type 1");

        long pid = course("lu.ahus", reserved).path("pid").asLong();
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        assertThat(secretariat.post("/reservasjoner", Map.of("patient", String.valueOf(pid), "channel",
                "HELSENORGE", "receivedOn", to.toString())).statusCode()).isEqualTo(302);
        long reservation = jdbc.queryForObject("select id from reservation where pid = ?", Long.class, pid);
        assertThat(secretariat.post("/reservasjoner/" + reservation + "/registrering", Map.of()).statusCode())
                .isEqualTo(302);
        assertSameBothWays(paths, from, to, "a reservation registered");
        assertThat(paths.fastExport(new Scope("smertereg", false, AHUS), from, to))
                .filteredOn(r -> r.get("ForlopsID").equals(reserved)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Reservasjonsstatus", 1));
    }

    /** Each unit's report and export (LC), and SC's national ones (all hospitals, one hospital). */
    private static void assertSameBothWays(ReportPaths paths, LocalDate from, LocalDate to, String after) {
        List<Scope> scopes = List.of(new Scope("smertereg", false, HAUKELAND), new Scope("smertereg", false, AHUS),
                new Scope("smertereg", true, null), new Scope("smertereg", true, AHUS));
        for (Scope scope : scopes) {
            assertThat(paths.fastReport(scope, from, to)).as("%s: report of %s", after, scope)
                    .usingRecursiveComparison().isEqualTo(paths.referenceReport(scope, from, to));
            assertThat(paths.fastExport(scope, from, to)).as("%s: export of %s", after, scope)
                    .isNotEmpty().isEqualTo(paths.referenceExport(scope, from, to));
        }
    }
}
