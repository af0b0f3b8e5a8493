package no.smertereg.eprom;

import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the course date a patient form was planned from has moved since the form went out (NNRR N3: a
 * consultation moved more than 30 days after the form was sent means a new course). The number of days is for the
 * course diagram's gateway; the limit is the diagram's.
 */
@Component
@Transactional(readOnly = true)
public class CourseDateMoves {

    private final PatientFormRepository forms;
    private final PatientFormSchedule plans;

    CourseDateMoves(PatientFormRepository forms, PatientFormSchedule plans) {
        this.forms = forms;
        this.plans = plans;
    }

    /** Days, either way, between the date the form went out for and the date now; 0 while it is not sent. */
    public long daysMovedSinceSent(Long courseId, PatientFormType type) {
        return forms.findByCourseIdAndFormType(courseId, type).flatMap(PatientFormRecord::plannedFrom)
                .flatMap(sentFor -> plans.courseDate(courseId, type.code())
                        .map(now -> Math.abs(ChronoUnit.DAYS.between(sentFor, now))))
                .orElse(0L);
    }
}
