package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * ADR 0013, step 5: a role is held in a unit of one registry. A user with roles in two registries chooses one at login
 * and the session holds that registry's roles and sees that registry's courses, worklist and reports only; a
 * registry's user administrator neither lists nor removes another registry's users of the same unit. (The second registry is a role row here: the platform runs SmerteReg alone until
 * NNRR's descriptor lands, so it is named by its id.)
 */
class RolesPerRegistryIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aUserWithRolesInTwoRegistriesChoosesOne_theSessionHoldsThatRegistrysRolesOnly() throws Exception {
        long smerteregCourse = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        insertUser("to.registre", "+47 400 97 101", false, "LU", HAUKELAND);
        grantIn("nnrr", "to.registre", HAUKELAND, "LC");
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("to.registre", "demo")).endsWith("/login/enhet");
        String page = session.get("/login/enhet", PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(page).contains("value=\"smertereg:" + HAUKELAND + "\"", "value=\"nnrr:" + HAUKELAND + "\"",
                "Norsk kvalitetsregister for smertebehandling (SmerteReg) · ", "Norsk nakke- og ryggregister (NNRR) · ");

        assertThat(session.post("/login/enhet", Map.of("unit", HAUKELAND)).statusCode())
                .as("the unit alone names two choices").isEqualTo(400);
        assertThat(SessionClient.location(session.post("/login/enhet", Map.of("unit", "nnrr:" + HAUKELAND))))
                .endsWith("/");
        assertThat(me(session).path("registryId").asText()).isEqualTo("nnrr");
        assertThat(me(session).path("roles").findValuesAsText("role")).containsOnly("LC");
        assertThat(session.get("/api/courses/" + smerteregCourse).statusCode())
                .as("the unit's SmerteReg course is not there for its NNRR users").isEqualTo(404);
        List<String> listed = JSON.readTree(session.get("/api/worklist").body()).findValuesAsText("courseId");
        assertThat(listed).as("the unit's worklist in NNRR").doesNotContain(String.valueOf(smerteregCourse));
        assertThat(listed).allSatisfy(id -> assertThat(jdbc.queryForObject("select registry_id from course where id = ?",
                String.class, Long.valueOf(id))).isEqualTo("nnrr"));
        assertThat(session.get("/rapporter", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .as("NNRR's own indicators, not SmerteReg's report").contains("id=\"defined-indicators\"")
                .doesNotContain("id=\"report-indicators\"");

        String minSide = session.get("/min-side", PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(minSide).contains("id=\"unit-nnrr-" + HAUKELAND + "\"", "id=\"unit-smertereg-" + HAUKELAND + "\"",
                "value=\"smertereg:" + HAUKELAND + "\"", "Norsk nakke- og ryggregister (NNRR) · ");
        assertThat(SessionClient.location(session.post("/min-side/enhet",
                Map.of("unit", "smertereg:" + HAUKELAND)))).endsWith("/min-side");
        assertThat(me(session).path("registryId").asText()).isEqualTo("smertereg");
        assertThat(me(session).path("roles").findValuesAsText("role")).containsOnly("LU");
        assertThat(session.get("/api/courses/" + smerteregCourse).statusCode()).isEqualTo(200);
        assertThat(worklistTotal(session)).as("the unit's worklist in SmerteReg").isPositive();
        assertThat(session.post("/min-side/enhet", Map.of("unit", "opr:" + HAUKELAND)).statusCode())
                .as("a registry the user holds no role in").isEqualTo(400);
        assertThat(me(session).path("registryId").asText()).isEqualTo("smertereg");
    }

    /** The unit's dispatch preview lists the sends of the session's registry only. */
    @Test
    void theDispatchPreviewOfAUnitShowsTheSessionsRegistrysSendsOnly() throws Exception {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", course, "TO", toType3WithConsent());
        java.time.LocalDate day = java.time.LocalDate.parse(as("lu.haukeland").get("/api/courses/" + course
                + "/patient-forms").json().get(0).path("plannedSendAt").asText().substring(0, 10));
        insertUser("forhandsvisning", "+47 400 97 104", false, "LC", HAUKELAND);
        grantIn("nnrr", "forhandsvisning", HAUKELAND, "LC");
        String preview = "/api/units/" + HAUKELAND + "/dispatch-preview?date=" + day;

        SessionClient session = new SessionClient(port, jdbc);
        session.loginAs("forhandsvisning", "demo");
        session.post("/login/enhet", Map.of("unit", "smertereg:" + HAUKELAND));
        assertThat(JSON.readTree(session.get(preview, "application/json").body()).findValuesAsText("courseId"))
                .contains(String.valueOf(course));
        session.post("/min-side/enhet", Map.of("unit", "nnrr:" + HAUKELAND));
        assertThat(me(session).path("registryId").asText()).isEqualTo("nnrr");
        java.net.http.HttpResponse<String> inNnrr = session.get(preview, "application/json");
        assertThat(inNnrr.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(inNnrr.body()).findValuesAsText("courseId")).doesNotContain(String.valueOf(course));
    }

    @Test
    void aRegistrysUserAdministratorNeitherListsNorRemovesAnotherRegistrysUserOfTheUnit() throws Exception {
        insertUser("bare.nnrr", "+47 400 97 102", false, "LU");
        grantIn("nnrr", "bare.nnrr", HAUKELAND, "LU");
        insertUser("begge.registre", "+47 400 97 103", false, "LU", HAUKELAND);
        grantIn("nnrr", "begge.registre", HAUKELAND, "LU");

        SessionClient administrator = new SessionClient(port, jdbc);
        administrator.loginAs("lc.haukeland", "demo");
        assertThat(administrator.get("/brukere", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .contains("begge.registre").doesNotContain("bare.nnrr");

        as("lc.haukeland").post("/api/access/users/bare.nnrr/removal", Map.of()).expect(404);
        assertThat(rolesOf("bare.nnrr")).containsExactly("nnrr:100082:LU");

        as("lc.haukeland").post("/api/access/users/begge.registre/removal", Map.of()).expect(204);
        assertThat(rolesOf("begge.registre")).as("the other registry's role stays").containsExactly("nnrr:100082:LU");
        assertThat(jdbc.queryForObject("select removed_at is null from app_user where username = 'begge.registre'",
                Boolean.class)).as("a user with a role left is not removed").isTrue();
    }

    /**
     * A5 per registry: a user removed from the unit in SmerteReg is a former user of SmerteReg's LC, not of the unit's
     * NNRR LC, who can neither list nor erase the address.
     */
    @Test
    void aFormerUserIsTheFormerUserOfTheRegistryTheyWereRemovedFrom() throws Exception {
        insertUser("forlot.smertereg", "+47 400 97 105", false, "LU", HAUKELAND);
        jdbc.update("update app_user set email = 'forlot@example.invalid' where username = 'forlot.smertereg'");
        insertUser("lc.nnrr", "+47 400 97 106", false, "LC");
        grantIn("nnrr", "lc.nnrr", HAUKELAND, "LC");
        as("lc.haukeland").post("/api/access/users/forlot.smertereg/removal", Map.of()).expect(204);

        SessionClient nnrr = new SessionClient(port, jdbc);
        nnrr.loginAs("lc.nnrr", "demo");
        assertThat(me(nnrr).path("registryId").asText()).isEqualTo("nnrr");
        java.net.http.HttpResponse<String> nnrrUsers = nnrr.get("/brukere", PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(nnrrUsers.statusCode()).isEqualTo(200);
        assertThat(nnrrUsers.body()).doesNotContain("id=\"former-forlot.smertereg\"");
        as("lc.nnrr").delete("/api/access/users/forlot.smertereg/email").expect(404);
        assertThat(jdbc.queryForObject("select email from app_user where username = 'forlot.smertereg'",
                String.class)).isEqualTo("forlot@example.invalid");

        SessionClient smertereg = new SessionClient(port, jdbc);
        smertereg.loginAs("lc.haukeland", "demo");
        assertThat(smertereg.get("/brukere", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .contains("id=\"former-forlot.smertereg\"");
        as("lc.haukeland").delete("/api/access/users/forlot.smertereg/email").expect(204);
        assertThat(jdbc.queryForObject("select email from app_user where username = 'forlot.smertereg'",
                String.class)).isNull();
    }

    private List<String> rolesOf(String username) {
        return jdbc.queryForList("select r.registry_id || ':' || r.unit_resh || ':' || r.role from user_role r "
                + "join app_user u on u.id = r.user_id where u.username = ? order by 1", String.class, username);
    }

    private static long worklistTotal(SessionClient session) throws Exception {
        return Long.parseLong(session.get("/api/worklist").headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static JsonNode me(SessionClient session) throws Exception {
        return JSON.readTree(session.get("/api/me").body());
    }
}
