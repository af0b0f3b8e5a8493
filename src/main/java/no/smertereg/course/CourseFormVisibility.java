package no.smertereg.course;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormVisibility;

/**
 * Which components of a course's clinician form the answers on the page hide (issue 18): the server's evaluation
 * of the form's conditions with the course's variables, for whoever may see the form. Nothing is stored; a read
 * that succeeds is one audit row (FORM_CONDITIONS), a refused one none.
 */
@Service
@Transactional(readOnly = true)
class CourseFormVisibility {

    static final String AUDIT_ACTION = "FORM_CONDITIONS";

    private final CourseService courses;
    private final CourseAccess access;
    private final ClerkBooking clerk;
    private final FormVisibility visibility;
    private final PatientDataEvents audit;

    CourseFormVisibility(CourseService courses, CourseAccess access, ClerkBooking clerk,
            FormVisibility visibility, PatientDataEvents audit) {
        this.courses = courses;
        this.access = access;
        this.clerk = clerk;
        this.visibility = visibility;
        this.audit = audit;
    }

    Set<String> hidden(Long courseId, FormKey key, Map<String, String> submitted) {
        Course course = courses.find(courseId);
        FormDefinition form = clerk.shownTo(access.requireDraft(course, key), course, key);
        Set<String> hidden = visibility.ofCourse(courseId, form, form.answersFrom(submitted));
        audit.read(AUDIT_ACTION, course, key);
        return hidden;
    }
}
