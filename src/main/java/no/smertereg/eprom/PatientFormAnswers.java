package no.smertereg.eprom;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormValidator;
import no.smertereg.forms.FormVisibility;
import no.smertereg.notification.Channel;
import no.smertereg.shared.RegistryClock;

/**
 * Stores a patient form's answers, from the portal or from paper: checked completely against the form's
 * {@code .form} file, HADS scored, the form completed and the answer written to the ledger. Invalid answers: 400.
 */
@Component
class PatientFormAnswers {

    private final PatientFormTypes types;
    private final FormCatalogue catalogue;
    private final FormValidator validator;
    private final DispatchEventRepository ledger;
    private final RegistryClock clock;
    private final PatientFormEvents audit;
    private final FormVisibility visibility;

    PatientFormAnswers(FormCatalogue catalogue, FormValidator validator, DispatchEventRepository ledger,
            RegistryClock clock, PatientFormEvents audit, PatientFormTypes types, FormVisibility visibility) {
        this.visibility = visibility;
        this.types = types;
        this.audit = audit;
        this.catalogue = catalogue;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    void record(PatientFormRecord form, Map<String, Object> answers, boolean onPaper) {
        Map<String, Object> valid = new HashMap<>(validator.validate(
                catalogue.find(form.getFormType().formId()).orElseThrow(), answers, true, Map.of(),
                visibility.courseVariables(form.getCourseId())));
        if (types.scoredAsHads(form.getFormType())) {
            valid.putAll(HadsScoring.scores(valid));
        }
        form.answered(valid, clock.now(), onPaper);
        audit.change(onPaper ? "PATIENT_FORM_PAPER" : "PATIENT_FORM_ANSWER", form.getCourseId(), form.getFormType());
        ledger.save(new DispatchEvent(form.getId(), DispatchEventType.ANSWERED, onPaper ? Channel.NONE : null, null,
                clock.now(), (onPaper ? "paper:" : "answered:") + form.getId()));
    }
}
