package no.smertereg.eprom.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.PatientFormDispatch;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.eprom.PatientFormTypes;

/** Sends the form at its 16:30 (the timer before this task decides when). Idempotent on this instance and activity: a retry or second node does not notify again. */
@Component("sendPatientFormDelegate")
class SendPatientFormDelegate implements JavaDelegate {

    private final PatientFormTypes types;
    private final PatientFormDispatch dispatch;

    SendPatientFormDelegate(PatientFormDispatch dispatch, PatientFormTypes types) {
        this.types = types;
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PatientFormType type = types.of((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM));
        dispatch.send(Long.valueOf(execution.getProcessBusinessKey()), type,
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
