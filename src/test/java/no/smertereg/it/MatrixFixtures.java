package no.smertereg.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a row of the permission matrix into a request: every placeholder becomes a fresh object of unit A
 * (Haukeland), made by that unit's own users, so that no call depends on what an earlier call changed. Bodies are
 * valid where a valid body is harmless; where it would change shared data (a demo password, the organisation, the
 * clock) it is one the rule after the permission check refuses with 400, which still shows the caller got past it.
 */
final class MatrixFixtures {

    record Call(String method, String path, String json, Map<String, String> form) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final IntegrationTest it;
    private final Supplier<String> reviewTask;
    private SessionClient secretariat;
    private SessionClient registryLeader;

    MatrixFixtures(IntegrationTest it, Supplier<String> reviewTask) {
        this.it = it;
        this.reviewTask = reviewTask;
    }

    Call call(PermissionMatrix.Row row) {
        Map<String, String> values = new HashMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(row.path());
        StringBuilder path = new StringBuilder();
        while (placeholders.find()) {
            String value = values.computeIfAbsent(placeholders.group(1), this::fresh);
            placeholders.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(path);
        String concrete = path.toString();
        return switch (row.method() + " " + row.path()) {
            case "POST /login/kode", "POST /login/kode/ny" ->
                    new Call("POST", concrete, null, Map.of("code", "000000"));
            case "POST /login/passord" -> new Call("POST", concrete, null, Map.of("password", "x",
                    "newPassword", "x", "repeat", "x"));
            case "POST /login/enhet" -> new Call("POST", concrete, null, Map.of("unit", IntegrationTest.HAUKELAND));
            case "POST /pasient" -> new Call("POST", concrete, null, Map.of("code", "AAAA-BBBB"));
            case "POST /pasient/skjema", "POST /soknad" -> new Call("POST", concrete, null, Map.of());
            case "POST /brukere/soknader/{application}" -> new Call("POST", concrete, null, Map.of("approve", "false",
                    "reason", "Ukjent søker"));
            case "POST /brukere/{user}/fjerning", "POST /brukere/{formerUser}/epost-fjerning",
                    "POST /brukere/gjennomgang/{review}" -> new Call("POST", concrete, null, Map.of());
            case "POST /forlop/{course}/pasientskjema/PASREG/stopp", "POST /forlop/{course}/pasientskjema/lukking",
                    "POST /forlop/{course}/pasientskjema/stopp" ->
                    new Call("POST", concrete, null, Map.of("reason", "4"));
            case "POST /forlop/{course}/pasientskjema/PASREG/send", "POST /forlop/{course}/pasientskjema/PASREG/papir",
                    "POST /forlop/{course}/pasientskjema/PASREG/klinikk" ->
                    new Call("POST", concrete, null, Map.of());
            case "POST /reservasjoner" -> new Call("POST", concrete, null, Map.of("patient",
                    it.nextSyntheticNationalId(), "channel", "PAPER", "receivedOn", yesterday()));
            case "POST /pasientrettigheter" -> new Call("POST", concrete, null, Map.of("patient",
                    pidOf(it.newCourse("lu.haukeland", IntegrationTest.HAUKELAND).path("id").asText()), "kind",
                    "CORRECTION", "receivedOn", yesterday()));
            case "POST /pasientrettigheter/{request}/avslutning" -> new Call("POST", concrete, null, Map.of("outcome",
                    "Innsyn sendt per post"));
            case "POST /forlop/{course}/muntlig-reservasjon" -> new Call("POST", concrete, null, Map.of("confirm",
                    "true"));
            case "POST /reservasjoner/{reservation}/registrering",
                    "POST /prosessversjoner/smertereg-course/1/migrering" -> new Call("POST", concrete, null, Map.of());
            case "POST /registerfiler" -> new Call("POST", concrete, null, Map.of("title", "Matrise"));
            case "POST /dekningsgrad" -> new Call("POST", concrete, null, Map.of("month", "2026-01", "examined",
                    "12"));
            case "POST /registerfiler/{file}/fjerning" -> new Call("POST", concrete, null, Map.of());
            case "POST /utleveringer", "POST /utleveringer/{dataRequest}/vedtak",
                    "POST /utleveringer/{dataRequest}/avtale", "POST /utleveringer/{dataRequest}/status" ->
                    new Call("POST", concrete, null, Map.of());
            case "POST /registrering/sok" -> new Call("POST", concrete, null, Map.of("nationalId",
                    it.nextSyntheticNationalId()));
            case "POST /registrering" -> new Call("POST", concrete, null, Map.of("nationalId",
                    it.nextSyntheticNationalId(), "departmentId", String.valueOf(it.department(
                            IntegrationTest.HAUKELAND, 0))));
            case "POST /forlop/{course}/po" -> new Call("POST", concrete, null, Map.of("version", String.valueOf(
                    version(owner("/api/courses/" + values.get("course") + "/personal-data"))), "accept", "true"));
            case "POST /forlop/{course}/skjema/B11", "POST /forlop/{course}/skjema/B11/autolagring" ->
                    new Call("POST", concrete, null, Map.of("version", String.valueOf(formVersion(values.get("course"),
                            "B11")), "action", "save", "SmerteKat", "2"));
            case "POST /forlop/{course}/skjema/B11/synlighet" -> new Call("POST", concrete, null,
                    Map.of("SmerteKat", "1"));
            case "POST /forlop/{course}/pasientskjema/PASREG/papir/synlighet" -> new Call("POST", concrete, null,
                    Map.of("PRSpm3Mangler", "true"));
            case "POST /pasient/skjema/synlighet" -> new Call("POST", concrete, null, Map.of());
            case "POST /skjemaer/smertereg-to/synlighet" -> new Call("POST", concrete, null, Map.of("Tilsett", "2"));
            case "POST /forlop/{course}/skjema/TO/opplasing" -> new Call("POST", concrete, null, Map.of("version",
                    String.valueOf(formVersion(values.get("course"), "TO")), "reason", "Feil dato"));
            case "POST /forlop/{course}/skjema/TO/kommentar" -> new Call("POST", concrete, null, Map.of("version",
                    String.valueOf(formVersion(values.get("course"), "TO")), "comment", "Ring pasienten"));
            case "POST /arbeidsliste/{course}/avdeling" -> new Call("POST", concrete, null, Map.of("version",
                    String.valueOf(version(owner("/api/courses/" + values.get("course")))), "departmentId",
                    String.valueOf(it.department(IntegrationTest.HAUKELAND, 1))));
            case "POST /forlop/{course}/lokasjon" -> new Call("POST", concrete, null, Map.of("version",
                    String.valueOf(version(owner("/api/courses/" + values.get("course")))), "locationId",
                    String.valueOf(activeLocation())));
            case "POST /min-side/passord" -> new Call("POST", concrete, null, Map.of("oldPassword", "x",
                    "newPassword", "Smerte-Team-2026!", "newPasswordAgain", "not the same"));
            case "POST /min-side/enhet" -> new Call("POST", concrete, null, Map.of("unit", IntegrationTest.HAUKELAND));
            case "POST /min-side/ny-tilgang" -> new Call("POST", concrete, null, Map.of());
            case "POST /arbeidsliste/{newCourse}/sletting" -> new Call("POST", concrete, null, Map.of("version",
                    String.valueOf(version(owner("/api/courses/" + values.get("newCourse")))), "reason",
                    "Feil pasient"));
            default -> new Call(row.method(), concrete, json(body(row, values)), null);
        };
    }

    private Object body(PermissionMatrix.Row row, Map<String, String> values) {
        String course = values.get("course");
        return switch (row.method() + " " + row.path()) {
            case "POST /api/patients/lookup" -> Map.of("nationalId", it.nextSyntheticNationalId());
            case "POST /api/courses" -> Map.of("nationalId", it.nextSyntheticNationalId(), "departmentId",
                    it.department(IntegrationTest.HAUKELAND, 0));
            case "PUT /api/courses/{course}/forms/B11/draft" -> Map.of("version", formVersion(course, "B11"),
                    "answers", Map.of("SmerteKat", "2"));
            case "POST /api/courses/{course}/forms/B11/finalise" -> Map.of("version", formVersion(course, "B11"),
                    "answers", Map.of());
            case "POST /api/courses/{course}/forms/TO/unlock" -> Map.of("version", formVersion(course, "TO"),
                    "reason", "Feil dato");
            case "PUT /api/courses/{course}/forms/TO/comment" -> Map.of("version", formVersion(course, "TO"),
                    "comment", "Ring pasienten");
            case "PUT /api/courses/{course}/personal-data" -> Map.of("version", version(owner("/api/courses/"
                    + course + "/personal-data")), "answers", Map.of(), "acceptMissingContact", true);
            case "PUT /api/courses/{course}/department" -> Map.of("version", version(owner("/api/courses/"
                    + course)), "departmentId", it.department(IntegrationTest.HAUKELAND, 1));
            case "PUT /api/courses/{course}/location" -> Map.of("version", version(owner("/api/courses/"
                    + course)), "locationId", activeLocation());
            case "POST /api/courses/{newCourse}/deletion" -> Map.of("version", version(owner("/api/courses/"
                    + values.get("newCourse"))), "reason", "Feil pasient");
            case "POST /api/courses/{course}/patient-forms/PASREG/stop",
                    "POST /api/courses/{course}/patient-forms/closure",
                    "POST /api/courses/{course}/patient-forms/stop" -> Map.of("reason", 4);
            case "POST /api/courses/{course}/patient-forms/PASREG/paper" -> Map.of("unknownField", "1");
            case "POST /api/units", "PUT /api/units/{resh}" -> Map.of("reshId", "", "name", "");
            case "POST /api/units/{resh}/departments", "PUT /api/units/{resh}/departments/{department}",
                    "POST /api/units/{resh}/locations", "PUT /api/units/{resh}/locations/{location}" ->
                    Map.of("name", "");
            case "POST /api/me/password" -> Map.of("oldPassword", "demo", "newPassword", "x");
            case "POST /api/access/applications" -> application();
            case "POST /api/access/applications/{application}/decision" -> Map.of("approve", false, "reason",
                    "Ukjent søker");
            case "POST /api/access/reviews/{review}" -> Map.of("confirm", List.of(), "remove", List.of());
            case "POST /api/demo/clock" -> Map.of();
            case "PUT /api/units/{resh}/coverage/2026-01" -> Map.of("examined", 12);
            default -> null;
        };
    }

    private String fresh(String placeholder) {
        return switch (placeholder) {
            case "course" -> nationalCourse();
            case "newCourse" -> it.newCourse("lu.haukeland", IntegrationTest.HAUKELAND).path("id").asText();
            case "resh" -> IntegrationTest.HAUKELAND;
            case "department" -> String.valueOf(it.department(IntegrationTest.HAUKELAND, 0));
            case "location" -> it.as("lu.haukeland").get("/api/units/" + IntegrationTest.HAUKELAND).expect(200)
                    .json().path("locations").get(0).path("id").asText();
            case "application" -> it.anonymous().post("/api/access/applications", application()).expect(201)
                    .json().path("id").asText();
            case "review" -> reviewTask.get();
            case "formTask" -> IntegrationTest.taskId(it.as("lu.haukeland"), Long.parseLong(nationalCourse()),
                    "UserTask_B11");
            case "applicationTask" -> it.jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e "
                    + "on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = "
                    + "'UserTask_DecideApplication'", String.class, fresh("application"));
            case "user" -> newUser();
            case "formerUser" -> formerUser();
            case "reservation" -> secretariatCase("/reservasjoner", "reservation", Map.of("patient",
                    it.nextSyntheticNationalId(), "channel", "HELSENORGE", "receivedOn", yesterday()));
            case "request" -> secretariatCase("/pasientrettigheter", "patient_request", Map.of("patient",
                    pidOf(nationalCourse()), "kind", "ACCESS", "receivedOn", yesterday()));
            case "file" -> registryFile();
            case "dataRequest" -> dataRequest();
            default -> throw new IllegalArgumentException("no fixture for {" + placeholder + "}");
        };
    }

    /** A course of unit A with TO finalised as type 3 with consent: in the national registry, B1.1 open. */
    private String nationalCourse() {
        long id = it.newCourse("lu.haukeland", IntegrationTest.HAUKELAND).path("id").asLong();
        it.finalise("lu.haukeland", id, "TO", IntegrationTest.toType3WithConsent());
        return String.valueOf(id);
    }

    /** A published registry file (a tiny PDF), as SC's upload stores it. */
    private String registryFile() {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return String.valueOf(it.jdbc.queryForObject("insert into registry_file (title, file_name, content_type, "
                + "size_bytes, sha256, content, uploaded_by, uploaded_at) values ('Matrise', 'matrise.pdf', "
                + "'application/pdf', ?, repeat('0', 64), ?, 'sc', now()) returning id", Long.class, pdf.length,
                pdf));
    }

    /** Logs a reservation or request as the secretariat on its page; the new case's id. */
    /** A research data request of SmerteReg as its SC logs it, waiting for the council. */
    private String dataRequest() {
        try {
            if (registryLeader == null) {
                registryLeader = new SessionClient(it.port, it.jdbc);
                registryLeader.loginAs("sc", "demo");
            }
            java.net.http.HttpResponse<String> response = registryLeader.post("/utleveringer", Map.of("project",
                    "Matrise", "responsible", "Forsker", "researchQuestion", "Spørsmål", "variables", "TO.Tilsett",
                    "periodFrom", "2026-01-01", "periodTo", "2026-12-31", "legalBasis", "REK", "receivedOn",
                    yesterday()));
            if (response.statusCode() != 302) {
                throw new IllegalStateException("/utleveringer answered " + response.statusCode());
            }
            return SessionClient.location(response).replaceAll(".*/utleveringer/", "");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String secretariatCase(String page, String table, Map<String, String> form) {
        try {
            if (secretariat == null) {
                secretariat = new SessionClient(it.port, it.jdbc);
                secretariat.loginAs("sekretariat", "demo");
            }
            int status = secretariat.post(page, form).statusCode();
            if (status != 302) {
                throw new IllegalStateException(page + " answered " + status);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return String.valueOf(it.jdbc.queryForObject("select max(id) from " + table, Long.class));
    }

    private String pidOf(String courseId) {
        return owner("/api/courses/" + courseId).path("pid").asText();
    }

    private static String yesterday() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(1).toString();
    }

    private String newUser() {
        Map<String, Object> application = application();
        long id = it.anonymous().post("/api/access/applications", application).expect(201).json().path("id")
                .asLong();
        it.as("lc.haukeland").post("/api/access/applications/" + id + "/decision", Map.of("approve", true))
                .expect(200);
        return (String) application.get("username");
    }

    private String formerUser() {
        String username = newUser();
        it.as("lc.haukeland").post("/api/access/users/" + username + "/removal", Map.of()).expect(204);
        return username;
    }

    private static Map<String, Object> application() {
        String suffix = String.format("%06d", (System.nanoTime() / 1000 + NEXT.incrementAndGet()) % 1_000_000);
        Map<String, Object> form = new HashMap<>();
        form.put("username", "matrise" + suffix);
        form.put("fullName", "Matrise Testbruker");
        form.put("mobile", "+47 92 " + suffix);
        form.put("email", "matrise" + suffix + "@helse.invalid");
        form.put("position", "SYKEPLEIER");
        form.put("region", "HELSE_VEST");
        form.put("registry", "smertereg");
        form.put("unitResh", IntegrationTest.HAUKELAND);
        form.put("clinic", "Kirurgisk klinikk");
        form.put("department", "Kirurgisk avdeling");
        form.put("project", "SMERTEREG");
        form.put("itPersonnel", false);
        return form;
    }

    /** An active location of unit A (a test may have retired one). */
    private long activeLocation() {
        for (JsonNode location : owner("/api/units/" + IntegrationTest.HAUKELAND).path("locations")) {
            if (location.path("active").asBoolean()) {
                return location.path("id").asLong();
            }
        }
        throw new IllegalStateException("unit A has no active location");
    }

    private long formVersion(String course, String formKey) {
        return version(owner("/api/courses/" + course + "/forms/" + formKey));
    }

    private JsonNode owner(String path) {
        return it.as("lc.haukeland").get(path).expect(200).json();
    }

    private static long version(JsonNode node) {
        return node.path("version").asLong();
    }

    private static String json(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
