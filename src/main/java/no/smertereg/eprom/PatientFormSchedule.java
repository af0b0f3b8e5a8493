package no.smertereg.eprom;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

/**
 * The send times the course pathway gives its patient forms ({@code ${patientFormSchedule...}} in the BPMN): the
 * next 16:30 from now, or 16:30 four weeks after the end date finalised in B2.2.
 */
@Component("patientFormSchedule")
public class PatientFormSchedule {

    private final RegistryDefinitions definitions;
    private final PatientFormTypes types;
    private final DispatchSchedule schedule;
    private final FormRecordService forms;
    private final RegistryClock clock;

    PatientFormSchedule(DispatchSchedule schedule, FormRecordService forms, RegistryClock clock,
            PatientFormTypes types, RegistryDefinitions definitions) {
        this.types = types;
        this.definitions = definitions;
        this.schedule = schedule;
        this.forms = forms;
        this.clock = clock;
    }

    public Date firstSend(String type) {
        return Date.from(schedule.firstSend(clock.now(), types.of(type)));
    }

    /** Catch-up: a send that fires after the cut-off hour of its planned day waits for the next 16:30. */
    public boolean tooLate(DelegateExecution execution) {
        Date planned = (Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT);
        return schedule.tooLate(planned.toInstant(), clock.now());
    }

    public Date nextSend(DelegateExecution execution) {
        PatientFormType type = types.of((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM));
        return Date.from(schedule.firstSend(clock.now(), type));
    }

    public Date opioidSend(DelegateExecution execution) {
        return Date.from(schedule.opioidSend(endDate(Long.valueOf(execution.getProcessBusinessKey())), clock.now()));
    }

    LocalDate endDate(Long courseId) {
        Object end = forms.get(courseId, definitions.endDateForm()).answers()
                .get(definitions.endDateField());
        return end == null ? clock.today() : LocalDate.parse(end.toString());
    }
}
