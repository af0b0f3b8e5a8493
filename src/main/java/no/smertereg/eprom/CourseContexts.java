package no.smertereg.eprom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.FormState;
import no.smertereg.forms.IndicatorRules;
import no.smertereg.forms.RegistryDefinitions;

/**
 * What a registry's FEEL over a course sees (its indicators, its diagram's {@code ${eprom.holds(…)}}): one variable
 * per form, named by its code ({@link IndicatorRules#variable}), holding the finalised clinician form's or the
 * answered patient form's answers, else null; {@link #SENT} and {@link #ANSWERED}, the codes of the patient forms
 * that reached the patient (a notice, or opened at the clinic; not one closed before its send or entered from paper)
 * and that were answered (also from paper). No access check and no audit: the caller shows no answers.
 */
@Service
@Transactional(readOnly = true)
public class CourseContexts {

    public static final String SENT = "sent";
    public static final String ANSWERED = "answered";

    private final FormRecordService forms;
    private final PatientFormFacts patientForms;

    CourseContexts(FormRecordService forms, PatientFormFacts patientForms) {
        this.forms = forms;
        this.patientForms = patientForms;
    }

    /**
     * The context of each course, in the order given. With {@code typeFormFinalised} only the courses whose
     * course-type form is finalised (a registry's indicators count those unless its descriptor says otherwise).
     */
    public Map<Long, Map<String, Object>> of(RegistryDefinitions registry, Collection<Long> courseIds,
            boolean typeFormFinalised) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> empty = new HashMap<>();
        registry.clinicianForms().forEach(f -> empty.put(IndicatorRules.variable(f.code()), null));
        registry.patientForms().forEach(f -> empty.put(IndicatorRules.variable(f.code()), null));
        Map<Long, Map<String, Object>> contexts = new LinkedHashMap<>();
        for (Long id : courseIds) {
            Map<String, Object> context = new HashMap<>(empty);
            context.put(SENT, new ArrayList<String>());
            context.put(ANSWERED, new ArrayList<String>());
            contexts.put(id, context);
        }
        for (FormRecord form : forms.allOf(courseIds)) {
            if (form.state() == FormState.FINALISED && contexts.containsKey(form.courseId())) {
                contexts.get(form.courseId()).put(IndicatorRules.variable(form.formKey().code()), form.answers());
            }
        }
        if (typeFormFinalised) {
            String typeForm = IndicatorRules.variable(registry.courseTypeForm().code());
            contexts.values().removeIf(context -> context.get(typeForm) == null);
        }
        for (PatientFormFacts.Fact fact : patientForms.of(contexts.keySet())) {
            Map<String, Object> context = contexts.get(fact.courseId());
            if (fact.delivered()) {
                codes(context, SENT).add(fact.type().code());
            }
            if (fact.answered()) {
                codes(context, ANSWERED).add(fact.type().code());
                context.put(IndicatorRules.variable(fact.type().code()), fact.answers());
            }
        }
        return contexts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> context, String name) {
        return (List<String>) context.get(name);
    }
}
