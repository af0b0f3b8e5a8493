package no.smertereg.eprom.process;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.smertereg.eprom.PatientFormSchedule;

/**
 * Names the course and patient-form diagrams deployed before issue 17 call, kept for their running instances until a
 * system manager moves them to the newest version (/prosessversjoner). The sends are the one eprom bean's; a send
 * time such an old course asks for is the schedule the newest course diagram gives that form.
 */
@Configuration
class EarlierPatientFormDiagrams {

    @Bean
    JavaDelegate sendPatientFormDelegate(EpromPathway eprom) {
        return eprom::send;
    }

    @Bean
    JavaDelegate remindPatientFormDelegate(EpromPathway eprom) {
        return eprom::remind;
    }

    @Bean
    JavaDelegate lockUnansweredPatientFormDelegate(EpromPathway eprom) {
        return eprom::lockUnanswered;
    }

    @Bean
    JavaDelegate closeDeceasedPatientFormDelegate(EpromPathway eprom) {
        return eprom::closeDeceased;
    }

    @Bean
    EarlierSchedule patientFormSchedule(EpromPathway eprom, PatientFormSchedule plans) {
        return new EarlierSchedule(eprom, plans);
    }

    /** {@code ${patientFormSchedule.firstSend('HADS')}}, {@code .opioidSend(execution)}, {@code .nextSend(...)}. */
    public record EarlierSchedule(EpromPathway eprom, PatientFormSchedule plans) {

        public Date firstSend(String code) {
            Map<String, String> plan = plans.newestPlan(code);
            if (!plan.containsKey(PatientFormProcess.VAR_SEND_TIME)) {
                throw new IllegalStateException("The newest course diagram does not call patient form " + code);
            }
            return plans.nextSend(plan, null);
        }

        /** The form this call activity orders, planned from the end date as the newest course diagram plans it. */
        public Date opioidSend(DelegateExecution execution) {
            String code = ((CallActivity) execution.getBpmnModelElementInstance()).getExtensionElements()
                    .getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(in -> PatientFormProcess.VAR_PATIENT_FORM.equals(in.getCamundaTarget()))
                    .map(CamundaIn::getCamundaSourceExpression).findFirst().orElseThrow();
            Date due = plans.fromCourseDate(Long.valueOf(execution.getProcessBusinessKey()), plans.newestPlan(code));
            if (due == null) {
                throw new IllegalStateException("The newest course diagram does not plan " + code
                        + " from the end date");
            }
            return due;
        }

        public Date nextSend(DelegateExecution execution) {
            return eprom.nextSend(execution);
        }

        public boolean tooLate(DelegateExecution execution) {
            return eprom.tooLate(execution);
        }
    }
}
