package no.smertereg.course;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.course.CourseApi.PersonalDataRequest;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PersonalData;

/**
 * Benchmark only (src/bench, profile {@code bench}): a clinician's calls on the course module, the same service
 * calls {@code CourseController} makes for {@code POST /api/courses}, {@code PUT .../personal-data} and
 * {@code POST .../forms/{key}/finalise}, with the demo courses' answers ({@link DemoAnswers}). It lives in this
 * package because the services are package-private; the caller sets the Spring Security user.
 */
public final class BenchClinician {

    /** What TO made of course {@code i}: its type (1, 2 or 3), whether it was seen and whether consent was given. */
    public record Kind(int type, boolean seen, boolean consent) {
    }

    /** The registry the harness measures: the pathway of SmerteReg, the demo organisation's first registry. */
    public static final String REGISTRY = "smertereg";

    private final CourseService courses;
    private final CourseFormsService forms;
    private final RegistryDefinitions definitions;

    public BenchClinician(ApplicationContext context) {
        this.courses = context.getBean(CourseService.class);
        this.forms = context.getBean(CourseFormsService.class);
        this.definitions = context.getBean(Registries.class).of(REGISTRY);
    }

    /** The course mix, decided by the demo answers of course number {@code i}. */
    public static Kind kind(int i) {
        DemoAnswers answers = new DemoAnswers(i, LocalDate.of(2026, 1, 1));
        Map<String, Object> to = answers.to();
        boolean seen = answers.seen();
        boolean included = seen && "1".equals(to.get("InklKritOppf"));
        return new Kind(!seen ? 1 : included ? 3 : 2, seen, included && "1".equals(to.get("SkriftligSamtyk")));
    }

    /** Ny registrering, then PO saved as the page does ("Godta og gå videre" when there is no contact). */
    public long register(String nationalId, long departmentId, Map<String, Object> contact) {
        long id = courses.register(new CreateCourseRequest(nationalId, departmentId, null)).id();
        PersonalData po = courses.personalData(id);
        courses.savePersonalData(id, new PersonalDataRequest(po.version(), new HashMap<>(contact),
                contact.isEmpty()));
        return id;
    }

    /** A course registered without PO (the 16:30 batch's set-up), returns the course id. */
    public long registerOnly(String nationalId, long departmentId) {
        return courses.register(new CreateCourseRequest(nationalId, departmentId, null)).id();
    }

    /** TO and the forms of the first visit: B1.1, and B1.2 and B2.1 when the patient was seen. */
    public void firstVisit(long courseId, int i, LocalDate start) {
        Map<String, Map<String, Object>> answers = new DemoAnswers(i, start).byFormId();
        definitions.clinicianForms().stream()
                .filter(key -> answers.containsKey(key.formId()) && !definitions.endDateForm().orElseThrow().equals(key))
                .forEach(key -> finalise(courseId, key, answers.get(key.formId())));
    }

    /** B2.2 with the end date of the treatment: the course's clinician forms are done. */
    public void endOfTreatment(long courseId, int i, LocalDate start) {
        FormKey end = definitions.endDateForm().orElseThrow();
        finalise(courseId, end, new DemoAnswers(i, start).byFormId().get(end.formId()));
    }

    /** The end date B2.2 gives course {@code i} started on {@code start}. */
    public static LocalDate endDate(int i, LocalDate start) {
        return LocalDate.parse(new DemoAnswers(i, start).b22().get("SluttDato").toString());
    }

    private void finalise(long courseId, FormKey key, Map<String, Object> answers) {
        long version = forms.get(courseId, key).version();
        forms.finalise(courseId, key, new FormAnswersRequest(version, new HashMap<>(answers)));
    }
}
