package no.smertereg.eprom;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CourseDirectory;
import no.smertereg.course.DemoCourseFinished;
import no.smertereg.course.DemoPatientAnswers;
import no.smertereg.shared.RegistryException;

/**
 * Demo mode only: the patient forms of a finished demo course, through the clinician's own services (P6, P7/P8,
 * P10) as the demo user. A type 3 course without consent is closed with reason 5 (P8). With consent, demo course
 * {@code i}: Pasreg and HADS are entered from paper, except that their dispatch is stopped with reason 4 "Pasient
 * klarer ikke" when i % 10 = 2, and they are left to the 16:30 dispatch when i % 10 = 7; Eval is entered from paper
 * except when i % 8 = 6 (left to the dispatch); Opioid is left to its dispatch four weeks after the end date.
 */
@Component
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
class DemoPatientForms {

    private static final Logger log = LoggerFactory.getLogger(DemoPatientForms.class);

    /** Synthetic answers per form file; a form without any is left to its dispatch. */
    private static final Map<String, Function<Integer, Map<String, Object>>> ANSWERS = Map.of(
            "smertereg-pasreg", DemoPatientForms::pasreg, "smertereg-hads", DemoPatientForms::hads,
            "smertereg-eval", DemoPatientForms::eval);

    private final PatientFormTypes types;
    private final CourseDirectory courses;
    private final PaperAndManualDispatch paper;
    private final PatientFormClosures closures;

    DemoPatientForms(CourseDirectory courses, PaperAndManualDispatch paper, PatientFormClosures closures,
            PatientFormTypes types) {
        this.types = types;
        this.courses = courses;
        this.paper = paper;
        this.closures = closures;
    }

    @EventListener
    void courseFinished(DemoCourseFinished event) {
        CourseRef course = courses.find(event.courseId()).orElse(null);
        if (course == null || !course.includesPatientForms()) {
            return;
        }
        int i = event.index();
        if (!course.epromAllowed()) {
            act(i, () -> closures.closeAll(course.id(), PatientFormClosures.REASON_MISSING_CONSENT));
            return;
        }
        for (PatientFormType type : types.ofRegistry(course.registryId())) {
            Function<Integer, Map<String, Object>> answers = ANSWERS.get(type.formId());
            boolean baseline = types.isBaseline(type);
            if (baseline && i % 10 == 2) {
                act(i, () -> closures.stop(course.id(), type, 4));
            } else if (answers != null && (baseline ? i % 10 != 7 : i % 8 != 6)) {
                act(i, () -> paper.enterPaper(course.id(), type, answers.apply(i)));
            }
        }
    }

    /** A registry's demo file answers patient forms by form file id (DemoDefinedCourses), entered as from paper. */
    @EventListener
    void answered(DemoPatientAnswers event) {
        CourseRef course = courses.find(event.courseId()).orElse(null);
        if (course == null) {
            return;
        }
        for (PatientFormType type : types.ofRegistry(course.registryId())) {
            Map<String, Object> answers = event.byFormId().get(type.formId());
            if (answers != null) {
                paper.enterPaper(course.id(), type, new HashMap<>(answers));
            }
        }
    }

    /** Pasreg of demo course i: sleep, contacts (or "unknown"), earlier psychologist, catastrophising. */
    static Map<String, Object> pasreg(int i) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("PRSpm1", String.valueOf(1 + i % 5));
        answers.put("PRSpm2", String.valueOf(1 + (i + 2) % 5));
        if (i % 6 == 4) {
            answers.put("PRSpm3Mangler", true);
        } else {
            answers.put("PRSpm3", 1 + i % 9);
        }
        answers.put("PRSpm4", new String[] {"0", "1", "9"}[i % 3]);
        answers.put("PRSpm5", String.valueOf(i % 7));
        answers.put("PRSpm6", String.valueOf((i + 3) % 7));
        return answers;
    }

    /** HADS of demo course i: each item 0-3 (the scores are computed when stored). */
    static Map<String, Object> hads(int i) {
        Map<String, Object> answers = new HashMap<>();
        for (int q = 1; q <= 14; q++) {
            answers.put("HADSSpm" + q, String.valueOf((i + q) % 4));
        }
        return answers;
    }

    /**
     * Eval of demo course i: does not remember the team when i % 11 = 7 (then the other questions are hidden);
     * otherwise EvalSpm3 (satisfaction) cycles through 5, 4, 3, 9, 4, 5, 2, 4, 1.
     */
    static Map<String, Object> eval(int i) {
        Map<String, Object> answers = new HashMap<>();
        if (i % 11 == 7) {
            answers.put("HuskerSmerteteam", "2");
            return answers;
        }
        answers.put("HuskerSmerteteam", "1");
        answers.put("EvalSpm1", new String[] {"1", "2", "3", "4", "2", "5", "9"}[i % 7]);
        answers.put("EvalSpm2", new String[] {"2", "3", "4", "1", "9"}[i % 5]);
        answers.put("EvalSpm3", new String[] {"5", "4", "3", "9", "4", "5", "2", "4", "1"}[i % 9]);
        for (int q = 4; q <= 11; q++) {
            answers.put("EvalSpm" + q, new String[] {"5", "4", "3", "4", "9"}[(i + q) % 5]);
        }
        return answers;
    }

    private static void act(int i, Runnable action) {
        try {
            action.run();
        } catch (RegistryException e) {
            log.warn("Demo course {}: patient form not done: {}", i, e.getMessage());
        }
    }
}
