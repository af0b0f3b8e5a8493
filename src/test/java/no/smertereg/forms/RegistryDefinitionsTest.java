package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's forms as its files give them: the packaged SmerteReg, and an analyst's copy with B3 and a new form. */
class RegistryDefinitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TempDir
    Path folder;

    @Test
    void smertereg_clinicianFormsAreTheCourseDiagramsUserTasks_withTheCodesAndLabelsOfToday() {
        RegistryDefinitions smertereg = SmerteregForms.DEFINITIONS;

        assertThat(smertereg.clinicianForms()).extracting(FormKey::code).containsExactly("TO", "B11", "B12", "B21",
                "B22");
        assertThat(smertereg.clinicianForms()).extracting(FormKey::label).containsExactly("TO", "B1.1", "B1.2",
                "B2.1", "B2.2");
        assertThat(smertereg.parse("b11")).contains(SmerteregForms.B11);
        assertThat(smertereg.parse("B1.1")).contains(SmerteregForms.B11);
        assertThat(smertereg.parse("B3")).isEmpty();
        assertThat(smertereg.courseTypeForm()).isEqualTo(SmerteregForms.TO);
        assertThat(smertereg.endDateForm()).contains(SmerteregForms.B22);
        assertThat(smertereg.dateRoles()).containsOnlyKeys("endDate");
        assertThat(smertereg.dateRole("endDate").orElseThrow().field()).isEqualTo("SluttDato");
        assertThat(smertereg.formsOfCourseType(1)).containsExactly(SmerteregForms.TO, SmerteregForms.B11);
        assertThat(smertereg.formsOfCourseType(3)).containsExactlyElementsOf(smertereg.clinicianForms());
    }

    @Test
    void smertereg_patientFormsAreTheCallsOfThePatientFormPathway_baselineBeforeTheEndDateForm() {
        assertThat(SmerteregForms.DEFINITIONS.patientForms()).containsExactly(
                new PatientFormEntry("PASREG", "smertereg-pasreg", true, true, null, Map.of("sendTime", "16:30")),
                new PatientFormEntry("HADS", "smertereg-hads", true, true, "hads", Map.of("sendTime", "16:30",
                        "sendDelay", "PT2M")),
                new PatientFormEntry("EVAL", "smertereg-eval", false, true, null, Map.of("sendTime", "16:30")),
                new PatientFormEntry("OPIOID", "smertereg-opioid", false, false, null, Map.of("sendTime", "16:30",
                        "sendRelativeTo", "endDate", "sendOffset", "P28D")));
    }

    @Test
    void analystAddsB3AndAPatientForm_bothAreFoundWithoutAnyJavaOrDescriptorChange() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.copyForm("smertereg-b11", "smertereg-b3");
        copy.addClinicianFormOnType2And3("B3", "Fyll ut B3", "smertereg-b3");
        copy.copyForm("smertereg-eval", "smertereg-oppfolging");
        copy.addEndOfCoursePatientForm("OPPFOLGING", "17:00");

        RegistryDefinitions edited = RegistryDefinitions.read(copy.location(), JSON, "smertereg");

        assertThat(edited.clinicianForms()).extracting(FormKey::code).containsExactly("TO", "B11", "B12", "B21",
                "B22", "B3");
        assertThat(edited.form("b3")).satisfies(b3 -> {
            assertThat(b3.formId()).isEqualTo("smertereg-b3");
            assertThat(b3.label()).isEqualTo("B3");
        });
        assertThat(edited.formsOfCourseType(1)).extracting(FormKey::code).containsExactly("TO", "B11");
        assertThat(edited.formsOfCourseType(2)).extracting(FormKey::code).contains("B3");
        assertThat(edited.formsOfCourseType(3)).extracting(FormKey::code).contains("B3");
        assertThat(edited.patientForms()).contains(
                new PatientFormEntry("OPPFOLGING", "smertereg-oppfolging", false, true, null,
                        Map.of("sendTime", "17:00")));
    }

    @Test
    void aUserTaskWhoseFormHasNoFile_stopsTheStart() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addClinicianFormOnType2And3("B3", "Fyll ut B3", "smertereg-b3");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("smertereg-b3");
    }

    @Test
    void aPatientFormPlannedFromADateTheDescriptorDoesNotDeclare_stopsTheStart_namingTheRole() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg-course.bpmn", "sourceExpression=\"endDate\"",
                "sourceExpression=\"sluttdato\"");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sluttdato")
                .hasMessageContaining("roles.dates");
    }

    @Test
    void anOffsetThatIsNoPeriod_stopsTheStart() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg-course.bpmn", "sourceExpression=\"P28D\"", "sourceExpression=\"28 dager\"");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("28 dager");
    }

    @Test
    void anOffsetWithoutTheDateItCountsFrom_stopsTheStart() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg-course.bpmn", "<camunda:in sourceExpression=\"endDate\" target=\"sendRelativeTo\" />",
                "");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sendOffset without sendRelativeTo");
    }

    @Test
    void aDateRoleOnAFieldTheFormDoesNotHave_stopsTheStart() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg.registry.json", "\"SluttDato\"", "\"Sluttdato\"");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Sluttdato");
    }

    @Test
    void aReferralDateOnAFieldTheCourseTypeFormDoesNotHave_stopsTheStart() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg.registry.json", "\"referralDate\": \"HenvistDato\"",
                "\"referralDate\": \"HenvisningsDato\"");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HenvisningsDato")
                .hasMessageContaining("smertereg-to");
    }

    @Test
    void theEarlierRolesEndDateKey_stopsTheStart_sayingWhereItWent() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg.registry.json", "\"dates\": {",
                "\"endDate\": { \"form\": \"smertereg-b22\", \"field\": \"SluttDato\" },\n    \"dates\": {");

        assertThatThrownBy(() -> RegistryDefinitions.read(copy.location(), JSON, "smertereg"))
                .hasStackTraceContaining("roles.dates.endDate");
    }
}
