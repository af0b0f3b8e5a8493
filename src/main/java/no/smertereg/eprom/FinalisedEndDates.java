package no.smertereg.eprom;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

/**
 * The course's end date as finalised in its registry's end-date form (SmerteReg: B2.2 SluttDato; today while none is
 * given, or for a course deleted since).
 */
@Component
class FinalisedEndDates implements CourseEndDates {

    private final FormRecordService forms;
    private final RegistryClock clock;
    private final Registries registries;
    private final CourseDirectory courses;

    FinalisedEndDates(FormRecordService forms, RegistryClock clock, Registries registries, CourseDirectory courses) {
        this.registries = registries;
        this.courses = courses;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public LocalDate endDate(Long courseId) {
        RegistryDefinitions registry = courses.find(courseId).map(CourseRef::registryId).map(registries::of)
                .orElse(null);
        if (registry == null) {
            return clock.today();
        }
        Object end = forms.get(courseId, registry.endDateForm()).answers().get(registry.endDateField());
        return end == null ? clock.today() : LocalDate.parse(end.toString());
    }
}
