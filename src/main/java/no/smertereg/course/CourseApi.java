package no.smertereg.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.smertereg.forms.FormKey;
import no.smertereg.privacy.LegalBasis;
import no.smertereg.forms.FormRecord;
import no.smertereg.patients.PersonView;

/** Request and response bodies of the course API. */
final class CourseApi {

    private CourseApi() {
    }

    record PatientLookupRequest(@NotBlank String nationalId) {
    }

    record PatientLookupResponse(PersonView person, String icon, List<CourseSummary> courses) {
    }

    record CourseSummary(Long id, String unitResh, String unitName, String departmentName, CourseStatus status,
            Integer courseType, RegistryScope registry, LocalDate startDate, Instant createdAt) {
    }

    record CreateCourseRequest(@NotBlank String nationalId, @NotNull Long departmentId, Long locationId) {
    }

    record FormAnswersRequest(@NotNull Long version, @NotNull Map<String, Object> answers) {
    }

    record UnlockRequest(@NotNull Long version, @NotBlank @Size(min = 3, max = 500) String reason) {
    }

    record CommentRequest(@NotNull Long version, @Size(max = 2000) String comment) {
    }

    record MoveDepartmentRequest(@NotNull Long version, @NotNull Long departmentId, Long locationId) {
    }

    record SetLocationRequest(@NotNull Long version, @NotNull Long locationId) {
    }

    record PersonalDataRequest(@NotNull Long version, @NotNull Map<String, Object> answers,
            boolean acceptMissingContact) {
    }

    record DeleteCourseRequest(@NotNull Long version, @NotBlank @Size(min = 3, max = 500) String reason) {
    }

    record CourseView(Long id, String registryId, Long pid, String unitResh, String unitName, Long departmentId,
            String departmentName, Long locationId, String locationName, CourseStatus status, Integer courseType,
            RegistryScope registry, Boolean consent, LegalBasis legalBasis, LocalDate referralDate,
            LocalDate startDate, Instant createdAt, String createdBy, String processInstanceId, long version,
            List<FormSummary> forms) {
    }

    record FormSummary(FormKey formKey, String label, String formId, FormStatus status, boolean inCorrection,
            long version, boolean hasComment, Instant finalisedAt, String finalisedBy) {
    }

    record FormView(Long courseId, FormKey formKey, String label, String formId, FormStatus status,
            boolean inCorrection, String taskId, long version, Map<String, Object> answers, String valueSetVersion,
            String internalComment, Instant savedAt, String savedBy, Instant finalisedAt, String finalisedBy,
            List<FormRecord.Event> events) {
    }

    record WorklistRow(Long courseId, long version, Long pid, String nationalId, String name, String patientIcon,
            Boolean consent, LocalDate startDate, Long locationId, String locationName, Long departmentId,
            String departmentName, Integer courseType, RegistryScope registry, Map<FormKey, FormStatus> forms,
            boolean hasComment, String b22Comment, boolean canDelete,
            Map<String, PatientFormOverview.PatientFormMark> patientForms, String unitResh, String unitName) {

        /** The form's state on the course; a form the course has no row of (added to the diagram since): not asked. */
        public FormStatus state(FormKey form) {
            return forms.getOrDefault(form, FormStatus.NOT_AVAILABLE);
        }
    }
}
