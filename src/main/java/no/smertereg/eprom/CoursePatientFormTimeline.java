package no.smertereg.eprom;

import java.util.List;

import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.PatientFormTimeline;

/** The course page's patient-form dates, from the same statuses as the API and the patient-form page. */
@Component
class CoursePatientFormTimeline implements PatientFormTimeline {

    private final PatientFormStatuses statuses;

    CoursePatientFormTimeline(PatientFormStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public List<Entry> of(CourseDirectory.CourseRef course) {
        return statuses.of(course).stream().map(s -> new Entry(s.form().code(), s.state(), s.reasonCode(),
                s.plannedSendAt(), s.sentAt(), s.nextStepAt())).toList();
    }
}
