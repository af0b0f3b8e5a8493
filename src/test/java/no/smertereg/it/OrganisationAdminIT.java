package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The system manager keeps the organisation: units with HF and RHF, departments and locations; nobody else may. */
class OrganisationAdminIT extends IntegrationTest {

    @Autowired
    IdentityService camundaIdentity;
    @Autowired
    RuntimeService runtime;

    @Test
    void theSystemManagerAddsAUnitThatBecomesATenant_andRetiresADepartment() {
        Map<String, Object> unit = Map.of("reshId", "999001", "name", "Sykehuset Demo", "shortName", "Demo",
                "healthTrust", "Demo HF", "healthRegion", "Helse Vest");
        as("lc.haukeland").post("/api/units", unit).expect(403);
        JsonNode bad = as("admin").post("/api/units", Map.of("reshId", "abc", "name", "X", "shortName", "X",
                "healthTrust", "X HF", "healthRegion", "Helse Øst")).expect(400).json();
        assertThat(bad.findValuesAsText("field")).containsExactly("reshId", "healthRegion");

        as("admin").post("/api/units", unit).expect(201);
        as("admin").post("/api/units", unit).expect(409);
        assertThat(camundaIdentity.createTenantQuery().tenantId("999001").count()).isEqualTo(1);
        assertThat(camundaIdentity.createTenantQuery().tenantId("nnrr999001").count()).as("NNRR's share of it")
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("access-review")
                .processInstanceBusinessKey("999001").count()).as("its quarterly user-list review").isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("access-review")
                .processInstanceBusinessKey("nnrr999001").count()).as("NNRR's review of its users there").isEqualTo(1);
        assertThat(as("lu.haukeland").get("/api/units").json().findValuesAsText("reshId")).contains("999001",
                HAUKELAND);

        long department = as("admin").post("/api/units/999001/departments", Map.of("name", "Smerteklinikken",
                "shortName", "SMK")).expect(201).json().path("id").asLong();
        as("admin").post("/api/units/999001/departments", Map.of("name", "Annen", "shortName", "SMK")).expect(409);
        as("admin").post("/api/units/999001/locations", Map.of("name", "Hovedbygget", "shortName", "HB"))
                .expect(201);
        as("admin").put("/api/units/999001/departments/" + department, Map.of("name", "Smerteklinikken",
                "shortName", "SMK", "active", false)).expect(200);
        as("admin").put("/api/units/" + HAUKELAND + "/departments/" + department, Map.of("name", "X",
                "shortName", "X")).expect(404);

        JsonNode view = as("lu.haukeland").get("/api/units/999001").expect(200).json();
        assertThat(view.path("departments").get(0).path("active").asBoolean()).isFalse();
        as("admin").put("/api/units/999001", Map.of("name", "Sykehuset Demo", "shortName", "Demo",
                "healthTrust", "Nytt HF", "healthRegion", "Helse Nord")).expect(200);
        assertThat(as("admin").get("/api/units").json().toString()).contains("Nytt HF");
    }

    @Test
    void aRetiredDepartmentTakesNoNewCourses() {
        long department = as("admin").post("/api/units/" + HAUKELAND + "/departments", Map.of("name",
                "Gammel avdeling", "shortName", "GML")).expect(201).json().path("id").asLong();
        as("admin").put("/api/units/" + HAUKELAND + "/departments/" + department, Map.of("name", "Gammel avdeling",
                "shortName", "GML", "active", false)).expect(200);

        JsonNode refused = as("lu.haukeland").post("/api/courses", Map.of("nationalId", nextSyntheticNationalId(),
                "departmentId", department)).expect(400).json();
        assertThat(refused.findValuesAsText("field")).containsExactly("departmentId");
    }
}
