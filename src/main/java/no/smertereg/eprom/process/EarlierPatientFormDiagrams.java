package no.smertereg.eprom.process;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.smertereg.eprom.CourseEndDates;
import no.smertereg.eprom.DispatchSchedule;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

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
    EarlierSchedule patientFormSchedule(EpromPathway eprom, RegistryDefinitions definitions,
            DispatchSchedule schedule, CourseEndDates endDates, RegistryClock clock) {
        return new EarlierSchedule(eprom, definitions, schedule, endDates, clock);
    }

    /** {@code ${patientFormSchedule.firstSend('HADS')}}, {@code .opioidSend(execution)}, {@code .nextSend(...)}. */
    public record EarlierSchedule(EpromPathway eprom, RegistryDefinitions definitions, DispatchSchedule schedule,
            CourseEndDates endDates, RegistryClock clock) {

        public Date firstSend(String code) {
            Map<String, String> inputs = definitions.patientForms().stream().filter(f -> f.code().equals(code))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No patient form " + code)).inputs();
            return Date.from(schedule.nextSend(clock.now(), sendTime(inputs), delay(inputs)));
        }

        /** The one patient form the newest course diagram plans after the end date. */
        public Date opioidSend(DelegateExecution execution) {
            Map<String, String> inputs = definitions.patientForms().stream().map(PatientFormEntry::inputs)
                    .filter(i -> i.containsKey(PatientFormProcess.VAR_SEND_AFTER_END_DATE)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No patient form after the end date"));
            return Date.from(schedule.afterEndDate(endDates.endDate(Long.valueOf(execution.getProcessBusinessKey())),
                    Period.parse(inputs.get(PatientFormProcess.VAR_SEND_AFTER_END_DATE)), sendTime(inputs),
                    delay(inputs), clock.now()));
        }

        public Date nextSend(DelegateExecution execution) {
            return eprom.nextSend(execution);
        }

        public boolean tooLate(DelegateExecution execution) {
            return eprom.tooLate(execution);
        }

        private static LocalTime sendTime(Map<String, String> inputs) {
            return LocalTime.parse(inputs.get(PatientFormProcess.VAR_SEND_TIME));
        }

        private static Duration delay(Map<String, String> inputs) {
            String delay = inputs.get(PatientFormProcess.VAR_SEND_DELAY);
            return delay == null ? Duration.ZERO : Duration.parse(delay);
        }
    }
}
