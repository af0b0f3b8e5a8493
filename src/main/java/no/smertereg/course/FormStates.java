package no.smertereg.course;

import java.util.List;

import no.smertereg.course.process.FormTask;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormState;

/** A form's worklist status: stored state plus whether the pathway has the form open now. */
final class FormStates {

    private FormStates() {
    }

    static FormStatus status(FormRecord form, FormTask openTask) {
        return status(form, openTask != null);
    }

    static FormStatus status(FormRecord form, boolean taskOpen) {
        if (form.state() == FormState.FINALISED) {
            return FormStatus.FINALISED;
        }
        if (!taskOpen) {
            return FormStatus.NOT_AVAILABLE;
        }
        return form.state() == FormState.NEW ? FormStatus.NEW : FormStatus.IN_PROGRESS;
    }

    static FormTask task(List<FormTask> open, FormKey key) {
        return open.stream().filter(t -> t.formKey().equals(key)).findFirst().orElse(null);
    }
}
