package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, a research data request from application to logged extract, at OPR: SC logs the application (a refused
 * one names its fields and keeps what was typed), the council grants fewer variables than asked, SC records the
 * agreement, and the extract holds the granted variables of the registered courses of the period only, the patient as a
 * pseudonym the registry's key (and nothing else) links back, without a reserved patient; it is logged per patient, and
 * its download by user. Nobody but SC and the council sees the requests; another registry's SC does not find them.
 */
class DataRequestIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String SORLANDET = "100133";
    private static final String LU = "lu.100133";

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestFromApplicationToLoggedExtract() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        long registered = registeredCourse(today.minusDays(5), "M79.7");
        long reserved = registeredCourse(today.minusDays(5), "G44.2");
        long unregistered = newCourse();
        long registeredPid = pidOf(registered);
        reserve(pidOf(reserved), today);

        SessionClient sc = new SessionClient(port, jdbc);
        sc.loginAs("sc.opr", "demo");
        HttpResponse<String> refused = sc.post("/utleveringer", Map.of("project", "", "responsible", "Forsker A",
                "researchQuestion", "Hvordan går det med søvnen etter RF?", "variables",
                "REGISTRERING.DiagnoseICD10\nREGISTRERING.BehandlingsmalKliniker", "periodFrom",
                today.minusDays(30).toString(), "periodTo", today.toString(), "legalBasis", "REK 2026/123",
                "receivedOn", today.toString()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"project-problem\"").contains("id=\"variables-problem\"")
                .as("free text is never delivered").contains("REGISTRERING.BehandlingsmalKliniker")
                .as("what was typed is kept").contains("Hvordan går det med søvnen etter RF?");
        assertThat(jdbc.queryForObject("select count(*) from data_request where responsible = 'Forsker A'",
                Integer.class)).isZero();

        HttpResponse<String> applied = sc.post("/utleveringer", Map.of("project", "Søvn og nevropati",
                "responsible", "Forsker A", "researchQuestion", "Hvordan går det med søvnen etter RF?", "variables",
                "REGISTRERING.DiagnoseICD10 BASELINE.SmerteGjennomsnitt BASELINE.EQ5D_VAS", "periodFrom",
                today.minusDays(30).toString(), "periodTo", today.toString(), "legalBasis", "REK 2026/123",
                "receivedOn", today.toString()));
        assertThat(applied.statusCode()).isEqualTo(302);
        long request = Long.parseLong(SessionClient.location(applied).replaceAll(".*/utleveringer/", ""));

        assertThat(sc.post("/utleveringer/" + request + "/vedtak", decision(today)).statusCode())
                .as("SC does not decide for the council").isEqualTo(403);
        SessionClient council = new SessionClient(port, jdbc);
        council.loginAs("fagrad.opr", "demo");
        assertThat(council.get("/utleveringer").body()).contains("Søvn og nevropati");
        Map<String, String> early = new java.util.HashMap<>(decision(today));
        early.put("decidedOn", today.minusDays(1).toString());
        HttpResponse<String> beforeReceipt = council.post("/utleveringer/" + request + "/vedtak", early);
        assertThat(beforeReceipt.statusCode()).isEqualTo(400);
        assertThat(beforeReceipt.body()).contains("id=\"decidedOn-problem\"");
        assertThat(council.post("/utleveringer/" + request + "/vedtak", decision(today)).statusCode())
                .isEqualTo(302);
        assertThat(council.get("/utleveringer/" + request + "/uttrekk.csv").statusCode())
                .as("the council decides; it receives no data").isEqualTo(403);

        assertThat(sc.post("/utleveringer/" + request + "/avtale", Map.of("agreementOn", today.toString(),
                "agreementReference", "")).statusCode()).isEqualTo(400);
        assertThat(sc.post("/utleveringer/" + request + "/avtale", Map.of("agreementOn", today.toString(),
                "agreementReference", "OUS 26/04567")).statusCode()).isEqualTo(302);
        String instance = jdbc.queryForObject("select process_instance_id from data_request where id = ?",
                String.class, request);
        runDueJobs(instance, today.atTime(java.time.LocalTime.now(OSLO)).plusMinutes(1).toString());

        HttpResponse<String> extract = sc.get("/utleveringer/" + request + "/uttrekk.csv", "text/csv");
        assertThat(extract.statusCode()).isEqualTo(200);
        List<String> lines = extract.body().lines().toList();
        assertThat(lines.get(0)).as("the granted variables only")
                .isEqualTo("Pseudonym;AvdRESH;REGISTRERING.DiagnoseICD10;BASELINE.SmerteGjennomsnitt");
        byte[] key = jdbc.queryForObject("select pseudonym_key from data_request where id = ?", byte[].class,
                request);
        assertThat(lines).contains(pseudonym(key, registeredPid) + ";" + SORLANDET + ";M79.7;4");
        String reservedPseudonym = pseudonym(key, pidOf(reserved));
        assertThat(lines).as("not the reserved patient").noneMatch(l -> l.startsWith(reservedPseudonym));
        assertThat(extract.body()).doesNotContain(nationalIdOf(registered));
        assertThat(lines).hasSize(1 + jdbc.queryForObject("select extract_rows from data_request where id = ?",
                Integer.class, request));

        assertThat(jdbc.queryForList("select pid from audit_event where action = 'DATA_REQUEST_EXTRACT' and form = ?",
                Long.class, "utlevering " + request)).contains(registeredPid).doesNotContain(pidOf(reserved),
                        pidOf(unregistered)).hasSize(lines.size() - 1);
        assertThat(jdbc.queryForList("select username from audit_event where action = 'DATA_REQUEST_DOWNLOAD' "
                + "and form = ?", String.class, "utlevering " + request)).containsExactly("sc.opr");

        HttpResponse<String> noStatus = sc.post("/utleveringer/" + request + "/status", Map.of("projectStatus", " "));
        assertThat(noStatus.statusCode()).isEqualTo(400);
        assertThat(noStatus.body()).contains("id=\"projectStatus-problem\"").contains("Fyll ut feltet.");
        assertThat(sc.post("/utleveringer/" + request + "/status", Map.of("projectStatus", "Artikkel under arbeid"))
                .statusCode()).isEqualTo(302);

        String list = sc.get("/utleveringer").body();
        assertThat(list).contains("id=\"project-" + request + "\"").contains("Forsker A")
                .contains(today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains("REGISTRERING.DiagnoseICD10, BASELINE.SmerteGjennomsnitt").contains("Utlevert")
                .contains("Artikkel under arbeid");
        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs(LU, "demo");
        assertThat(lu.get("/utleveringer", PermissionMatrixIT.BROWSER_ACCEPT).statusCode()).isEqualTo(403);
        SessionClient smerteregSc = new SessionClient(port, jdbc);
        smerteregSc.loginAs("sc", "demo");
        assertThat(smerteregSc.get("/utleveringer/" + request, PermissionMatrixIT.BROWSER_ACCEPT).statusCode())
                .as("another registry's request is not found").isEqualTo(404);
    }

    private static Map<String, String> decision(LocalDate today) {
        return Map.of("decision", "approve", "decidedOn", today.toString(), "approvedVariables",
                "REGISTRERING.DiagnoseICD10 BASELINE.SmerteGjennomsnitt", "note", "EQ-5D VAS utleveres ikke");
    }

    /** The registry's link back: HMAC-SHA-256 of the PID with the request's key, its first ten bytes in hex. */
    private static String pseudonym(byte[] key, long pid) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(Long.toString(pid).getBytes(StandardCharsets.US_ASCII)), 0, 10);
    }

    private long registeredCourse(LocalDate consultation, String diagnosis) {
        long course = newCourse();
        as(LU).post("/api/courses/" + course + "/patient-forms/BASELINE/paper", Map.of("SmerteGjennomsnitt", "4"))
                .expect(200);
        Map<String, Object> answers = new HashMap<>(Map.of("HenvisningsDato", consultation.minusDays(40).toString(),
                "Behandlingsrettkategori", "1", "PlanlagtKonsultasjonsDato", consultation.toString(),
                "KonsultasjonsDato", consultation.toString(), "DiagnoseICD10", diagnosis, "KognitivSvikt", "0",
                "Tolkebehov", "0", "Forskningsdeltaker", "0"));
        JsonNode form = as(LU).get("/api/courses/" + course + "/forms/REGISTRERING").expect(200).json();
        as(LU).post("/api/courses/" + course + "/forms/REGISTRERING/finalise", finalisePayload(form, answers))
                .expect(200);
        return course;
    }

    private long newCourse() {
        return as(LU).post("/api/courses", Map.of("nationalId", nextAdultNationalId(), "departmentId",
                department(SORLANDET, 0))).expect(201).json().path("id").asLong();
    }

    private long pidOf(long course) {
        return as(LU).get("/api/courses/" + course).expect(200).json().path("pid").asLong();
    }

    private String nationalIdOf(long course) {
        return jdbc.queryForObject("select p.national_id from patient p join course c on c.pid = p.pid where c.id = ?",
                String.class, course);
    }

    private void reserve(long pid, LocalDate today) throws Exception {
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        assertThat(secretariat.post("/reservasjoner", Map.of("patient", String.valueOf(pid), "channel", "PAPER",
                "receivedOn", today.toString())).statusCode()).isEqualTo(302);
        long reservation = jdbc.queryForObject("select id from reservation where pid = ?", Long.class, pid);
        assertThat(secretariat.post("/reservasjoner/" + reservation + "/registrering", Map.of()).statusCode())
                .isEqualTo(302);
    }
}
