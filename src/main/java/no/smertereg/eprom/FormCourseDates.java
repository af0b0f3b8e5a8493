package no.smertereg.eprom;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.forms.RegistryDescriptor.DateRole;
import no.smertereg.shared.RegistryClock;

/**
 * A course's date role read from the answers its form holds, draft or finalised (SmerteReg's end date: B2.2
 * SluttDato; NNRR's planned consultation: a draft of the treater form). Today while the field is empty, for a
 * course deleted since, or for a role its registry does not declare.
 */
@Component
class FormCourseDates implements CourseDates {

    private final FormRecordService forms;
    private final RegistryClock clock;
    private final Registries registries;
    private final CourseDirectory courses;

    FormCourseDates(FormRecordService forms, RegistryClock clock, Registries registries, CourseDirectory courses) {
        this.registries = registries;
        this.courses = courses;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public LocalDate date(Long courseId, String role) {
        return given(courseId, role).orElseGet(clock::today);
    }

    @Override
    public Optional<LocalDate> given(Long courseId, String role) {
        RegistryDefinitions registry = courses.find(courseId).map(CourseRef::registryId).map(registries::of)
                .orElse(null);
        DateRole ref = registry == null ? null : registry.dateRole(role).orElse(null);
        if (ref == null) {
            return Optional.empty();
        }
        Object value = forms.get(courseId, registry.ofFormId(ref.form()).orElseThrow()).answers().get(ref.field());
        try {
            return value == null || value.toString().isBlank() ? Optional.empty()
                    : Optional.of(LocalDate.parse(value.toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
