package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Only logged-in users; each unit sees its own courses; SC sees national courses only; Tasklist's REST too. */
class AccessIT extends IntegrationTest {

    @Test
    void nothingButLoginAndHealthWithoutLoggingIn() {
        Api nobody = anonymous();
        nobody.get("/api/worklist?size=500").expect(401);
        assertThat(nobody.post("/api/patients/lookup", Map.of("nationalId", "x")).status()).isIn(401, 403);
        nobody.get("/engine-rest/task").expect(401);
        nobody.get("/engine-rest/user").expect(401);
        nobody.get("/v3/api-docs").expect(401);
        assertThat(nobody.get("/actuator/health").expect(200).json().path("status").asText()).isEqualTo("UP");
        as("nosuchuser").get("/api/worklist?size=500").expect(401);
        as("lu.haukeland").get("/api/me").expect(200);
    }

    @Test
    void aUnitsCoursesAreInvisibleToOtherUnits() {
        String nationalId = nextSyntheticNationalId();
        long id = as("lu.haukeland").post("/api/courses", Map.of("nationalId", nationalId, "departmentId",
                department(HAUKELAND, 0))).expect(201).json().path("id").asLong();

        Api ahus = as("lu.ahus");
        ahus.get("/api/courses/" + id).expect(404);
        ahus.get("/api/courses/" + id + "/forms/TO").expect(404);
        ahus.put("/api/courses/" + id + "/forms/TO/draft", Map.of("version", 0, "answers", Map.of())).expect(404);
        as("lc.ahus").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version", 0, "reason", "Test"))
                .expect(404);
        as("lc.ahus").post("/api/courses/" + id + "/deletion", Map.of("version", 0, "reason", "Test")).expect(404);
        ahus.get("/api/worklist?size=500&unit=" + HAUKELAND).expect(403);
        assertThat(ahus.get("/api/worklist?size=500").expect(200).json().findValuesAsText("courseId"))
                .doesNotContain(String.valueOf(id));
        ahus.post("/api/courses", Map.of("nationalId", nationalId, "departmentId", department(HAUKELAND, 0)))
                .expect(403);
        JsonNode history = ahus.post("/api/patients/lookup", Map.of("nationalId", nationalId)).expect(200).json();
        assertThat(history.path("courses")).isEmpty();

        assertThat(as("lu.haukeland").get("/api/worklist?size=500").expect(200).json().findValuesAsText("courseId"))
                .contains(String.valueOf(id));
        assertThat(as("lu.haukeland").get("/engine-rest/task?processInstanceBusinessKey=" + id).expect(200).json())
                .hasSize(1);
        assertThat(ahus.get("/engine-rest/task?processInstanceBusinessKey=" + id).expect(200).json()).isEmpty();
    }

    @Test
    void registryLeaderSeesNationalCoursesOnly() {
        long national = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", national, "TO", toType3WithConsent());
        long local = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", local, "TO", Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16",
                "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "0"));

        Api sc = as("sc");
        assertThat(sc.get("/api/courses/" + national).expect(200).json().path("registry").asText())
                .isEqualTo("NATIONAL");
        sc.get("/api/courses/" + local).expect(404);
        assertThat(sc.get("/api/worklist?size=500").expect(200).json().findValuesAsText("courseId"))
                .contains(String.valueOf(national)).doesNotContain(String.valueOf(local));
        sc.post("/api/courses", Map.of("nationalId", nextSyntheticNationalId(), "departmentId",
                department(HAUKELAND, 0))).expect(403);

        JsonNode to = sc.get("/api/courses/" + national + "/forms/TO").expect(200).json();
        sc.post("/api/courses/" + national + "/forms/TO/unlock", Map.of("version", to.path("version").asLong(),
                "reason", "Samtykke trukket tilbake")).expect(200);
    }

    @Test
    void demoOperatorActionsAreForTheSystemManagerOnly() {
        as("lc.haukeland").get("/api/demo/outbox").expect(403);
        as("lu.haukeland").post("/api/demo/clock", Map.of("at", "2020-01-01T00:00")).expect(403);
        assertThat(as("admin").get("/api/demo/outbox").expect(200).json().isArray()).isTrue();
        try {
            JsonNode moved = as("admin").post("/api/demo/clock", Map.of("at", "2020-01-01T12:00")).expect(200)
                    .json();
            assertThat(moved.path("now").asText()).startsWith("2020-01-01T11:00");
        } finally {
            as("admin").post("/api/demo/clock/reset", Map.of()).expect(200);
        }
    }

    @Test
    void theApiIsDocumentedForLoggedInUsers() {
        JsonNode docs = as("lu.haukeland").get("/v3/api-docs").expect(200).json();
        assertThat(docs.path("paths").has("/api/courses")).isTrue();
        assertThat(docs.path("paths").has("/api/worklist")).isTrue();
    }
}
