package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smertereg.shared.NotFoundException;

/**
 * Several registries on one platform (ADR 0013): every descriptor under {@code processes/} is a registry with its own
 * course diagram and form files; what belongs to one registry cannot belong to another.
 */
class RegistriesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TempDir
    Path folder;

    @Test
    void thePackagedFiles_areSmerteRegNnrrAndOpr_eachWithItsOwnDiagramAndForms() throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);

        assertThat(registries.all()).extracting(r -> r.descriptor().id()).containsExactly("nnrr", "opr", "smertereg");
        assertThat(registries.of("nnrr").courseProcess()).isEqualTo("nnrr-course");
        assertThat(registries.of("nnrr").clinicianForms()).extracting(FormKey::code).containsExactly("BEHANDLER");
        assertThat(registries.of("nnrr").patientForms()).extracting(PatientFormEntry::code)
                .containsExactly("PASIENT-FOR", "OPPFOLGING-6", "OPPFOLGING-12");
        assertThat(registries.ofForm("nnrr-oppfolging-12")).containsSame(registries.of("nnrr"));
        assertThat(registries.of("smertereg").courseProcess()).isEqualTo("smertereg-course");
        assertThat(registries.ofCourseProcess("smertereg-course")).containsSame(registries.of("smertereg"));
        assertThat(registries.ofForm("smertereg-hads")).containsSame(registries.of("smertereg"));
        assertThat(registries.ofForm("access-review")).as("a platform form belongs to no registry").isEmpty();
    }

    @Test
    void oprsFollowUps_areSevenFormsOfOneFile_plannedAfterTheTreatmentRecord() throws IOException {
        RegistryDefinitions opr = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON).of("opr");

        assertThat(opr.clinicianForms()).extracting(FormKey::code, FormKey::label)
                .containsExactly(tuple("REGISTRERING", "Registrering"), tuple("BEHANDLING", "Behandling"));
        assertThat(opr.patientForms()).filteredOn(PatientFormEntry::baseline)
                .extracting(PatientFormEntry::code, PatientFormEntry::formId)
                .containsExactly(tuple("BASELINE", "opr-baseline"), tuple("BASELINE-KORT", "opr-baseline-kort"));
        assertThat(opr.patientForms()).filteredOn(f -> !f.baseline())
                .extracting(PatientFormEntry::code, PatientFormEntry::formId).containsExactlyInAnyOrder(
                        tuple("RF-3", "opr-oppfolging"), tuple("RF-6", "opr-oppfolging"),
                        tuple("RF-12", "opr-oppfolging"), tuple("SCS-6", "opr-oppfolging"),
                        tuple("SCS-12", "opr-oppfolging"), tuple("SLUTT-12", "opr-oppfolging"),
                        tuple("PAGAENDE-12", "opr-oppfolging"));
        assertThat(opr.patientFormFile("RF-12")).isEqualTo("opr-oppfolging");
        assertThat(opr.booking()).isPresent();
        assertThat(opr.hasReservationRight()).isTrue();
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);
        assertThat(registries.brandOf("opr")).as("the header of an OPR session").isEqualTo("OPR");
        assertThat(registries.brandOf("smertereg")).isEqualTo("SmerteReg");
        assertThat(registries.brandOf(null)).as("before a registry is chosen").isEqualTo("SmerteReg");
    }

    @Test
    void nnrrsClerkBooksInTheTreaterFormsTwoDates_theFormShownToTheClerkHoldsThemAndTheirGroupsText()
            throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);
        BookingFields booking = registries.of("nnrr").booking().orElseThrow();
        assertThat(registries.of("smertereg").booking()).as("SmerteReg has no clerks").isEmpty();
        assertThat(booking.form().code()).isEqualTo("BEHANDLER");
        assertThat(booking.fields()).containsExactlyInAnyOrder("HenvisningsDato", "PlanlagtKonsultasjonsDato");
        assertThat(booking.shown(Map.of("HenvisningsDato", "2026-11-01", "RelevantDiagnose", "1")))
                .containsOnlyKeys("HenvisningsDato");

        FormDefinition shown = new FormCatalogue(JSON)
                .get(booking.form()).only(booking.fields());
        assertThat(shown.fields()).extracting(FormField::key).containsExactly("HenvisningsDato",
                "PlanlagtKonsultasjonsDato");
        assertThat(shown.items()).hasSize(1);
        assertThat(shown.items().get(0).group().items()).extracting(FormItem::component)
                .containsExactly("Text_Timebestilling", "HenvisningsDato", "PlanlagtKonsultasjonsDato");
    }

    @Test
    void aBookingFieldTheFormDoesNotHave_stopsTheStart() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/nnrr.registry.json", "\"HenvisningsDato\",\n        \"PlanlagtKonsultasjonsDato\"",
                "\"HenvisningsDato\",\n        \"PlanlagtTime\"");

        assertThatThrownBy(() -> Registries.read(copy.location(), JSON)).hasMessageContaining("PlanlagtTime");
    }

    @Test
    void aSecondDescriptor_isASecondRegistry_withItsOwnDiagramFilesAndCodes() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");

        Registries registries = Registries.read(copy.location(), JSON);

        assertThat(registries.all()).extracting(r -> r.descriptor().id())
                .containsExactly("nnrr", "opr", "smertereg", "testreg");
        RegistryDefinitions testreg = registries.of("testreg");
        RegistryDefinitions smertereg = registries.of("smertereg");
        assertThat(testreg.courseProcess()).isEqualTo("testreg-course");
        assertThat(testreg.clinicianForms()).extracting(FormKey::code)
                .containsExactlyElementsOf(smertereg.clinicianForms().stream().map(f -> "TESTREG-" + f.code())
                        .toList());
        assertThat(testreg.form("TESTREG-B11").formId()).isEqualTo("testreg-b11");
        assertThat(testreg.patientForms()).extracting(PatientFormEntry::code, PatientFormEntry::formId)
                .contains(tuple("TESTREG-PASREG", "testreg-pasreg"));
        assertThat(registries.ofCourseProcess("testreg-course")).containsSame(testreg);
        assertThat(registries.ofForm("testreg-b22")).containsSame(testreg);
        assertThat(registries.ofForm("smertereg-b22")).containsSame(smertereg);
        assertThatThrownBy(() -> registries.of("ous")).hasMessageContaining("ous")
                .hasMessageContaining("[nnrr, opr, smertereg, testreg]");
    }

    @Test
    void aStoredCodeOrAUrl_namesItsRegistry_withoutTheCourse() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");

        Registries registries = Registries.read(copy.location(), JSON);

        FormKey theirs = registries.requireForm("testreg-b1.1");
        assertThat(theirs.formId()).isEqualTo("testreg-b11");
        assertThat(registries.of(theirs)).isSameAs(registries.of("testreg"));
        assertThat(registries.of(registries.stored("B11"))).isSameAs(registries.of("smertereg"));
        assertThat(registries.ofFormId("testreg-to")).map(FormKey::code).contains("TESTREG-TO");
        assertThat(registries.patientFormFile("TESTREG-HADS")).isEqualTo("testreg-hads");
        assertThat(registries.patientForm("HADS")).map(PatientFormEntry::formId).contains("smertereg-hads");
        assertThat(registries.isCourseProcess("testreg-course")).isTrue();
        assertThat(registries.isCourseProcess("patient-form")).isFalse();
        assertThatThrownBy(() -> registries.requireForm("B33")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFormCodeUsedByTwoRegistries_isRefused_namingBoth() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");
        copy.replace("processes/testreg.registry.json", "\"TESTREG-B21\"", "\"B21\"");

        assertThatThrownBy(() -> Registries.read(copy.location(), JSON)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("B21").hasMessageContaining("smertereg").hasMessageContaining("testreg");
    }

    @Test
    void aFormFileUsedByTwoRegistries_isRefused_namingIt() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");
        copy.replace("processes/testreg-course.bpmn", "camunda:formRef=\"testreg-b11\"",
                "camunda:formRef=\"smertereg-b11\"");

        assertThatThrownBy(() -> Registries.read(copy.location(), JSON)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("smertereg-b11").hasMessageContaining("one registry");
    }

    @Test
    void twoDescriptorsWithOneId_areRefused() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");
        copy.replace("processes/testreg.registry.json", "\"id\" : \"testreg\"", "\"id\" : \"smertereg\"");

        assertThatThrownBy(() -> Registries.read(copy.location(), JSON)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two registry descriptors have the id smertereg");
    }

    /** ADR 0017: SmerteReg keeps the bare RESH ids of its running instances; every other registry's carry its id. */
    @Test
    void eachRegistrysShareOfAUnit_isAnEngineTenantOfItsOwn() throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);

        assertThat(registries.unitTenanted()).contains("smertereg");
        assertThat(registries.engineTenant("smertereg", "100320")).isEqualTo("100320");
        assertThat(registries.engineTenant("nnrr", "100320")).isEqualTo("nnrr100320");
        assertThat(registries.engineTenant(null, "0")).as("the platform's privacy cases").isEqualTo("0");
        assertThat(registries.engineTenantsOf("100320")).containsExactly("nnrr100320", "opr100320", "100320");
        assertThat(registries.ofEngineTenant("nnrr100320")).extracting("registryId", "unitResh")
                .containsExactly("nnrr", "100320");
        assertThat(registries.ofEngineTenant("100320")).extracting("registryId", "unitResh")
                .containsExactly("smertereg", "100320");
    }

    @Test
    void twoRegistriesKeepingTheBareUnitAsTenant_orAnIdThatCannotNameATenant_areRefused() {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");
        copy.replace("processes/testreg.registry.json", "\"id\" : \"testreg\"",
                "\"id\" : \"testreg\", \"engineTenant\" : \"unit\"");
        assertThatThrownBy(() -> Registries.read(copy.location(), JSON)).hasStackTraceContaining("Only one registry");

        AnalystCopy other = AnalystCopy.of(folder.resolve("other"));
        other.addRegistryLike("testreg");
        other.replace("processes/testreg.registry.json", "\"id\" : \"testreg\"", "\"id\" : \"test-reg\"");
        assertThatThrownBy(() -> Registries.read(other.location(), JSON)).hasStackTraceContaining("lower-case letters");
    }
}
