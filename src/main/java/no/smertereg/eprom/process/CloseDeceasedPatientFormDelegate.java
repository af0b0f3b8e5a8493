package no.smertereg.eprom.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.PatientFormClosures;
import no.smertereg.eprom.PatientFormTypes;

/** Closes a form ordered for a patient who is already dead, reason 3 "Kritisk syk/død"; nothing is sent. */
@Component("closeDeceasedPatientFormDelegate")
class CloseDeceasedPatientFormDelegate implements JavaDelegate {

    private final PatientFormTypes types;
    private final PatientFormClosures closures;

    CloseDeceasedPatientFormDelegate(PatientFormClosures closures, PatientFormTypes types) {
        this.types = types;
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closures.closeBeforeOrderForDeath(Long.valueOf(execution.getProcessBusinessKey()), types.of((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM)));
    }
}
