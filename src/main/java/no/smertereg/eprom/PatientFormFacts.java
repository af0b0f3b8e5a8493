package no.smertereg.eprom;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the reports module: each patient form of the given courses with its state, reason code and, once answered,
 * its answers. No access check and no audit here: the caller reports what it shows.
 */
@Service
@Transactional(readOnly = true)
public class PatientFormFacts {

    /**
     * One patient form. {@code sent} is the codebook's "completion flag not null": the form went to the patient, or
     * was closed or locked with a reason; a form locked as never sent (no contact details, reason 8) is not sent.
     * {@code answers} is empty unless the form was answered. {@code delivered}: it reached the patient (a notice, or
     * opened at the clinic), unlike a form closed before its send or entered from paper.
     */
    public record Fact(Long courseId, PatientFormType type, boolean answered, boolean sent, Integer reasonCode,
            Map<String, Object> answers, boolean delivered) {
    }

    private final PatientFormRepository forms;

    PatientFormFacts(PatientFormRepository forms) {
        this.forms = forms;
    }

    public List<Fact> of(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return forms.findByCourseIdIn(courseIds).stream().map(PatientFormFacts::fact).toList();
    }

    private static Fact fact(PatientFormRecord r) {
        boolean answered = r.getState() == PatientFormState.COMPLETED;
        boolean sent = switch (r.getState()) {
            case COMPLETED, SENT, REMINDED, LOCKED_UNANSWERED, CLOSED -> true;
            case PLANNED, NO_CONTACT, NOT_SENT_NO_CONTACT -> false;
        };
        return new Fact(r.getCourseId(), r.getFormType(), answered, sent, answered ? null : r.getReasonCode(),
                answered && r.getAnswers() != null ? Collections.unmodifiableMap(new LinkedHashMap<>(r.getAnswers()))
                        : Map.of(), r.getSentAt() != null);
    }
}
