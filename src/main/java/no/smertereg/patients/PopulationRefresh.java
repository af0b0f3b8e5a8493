package no.smertereg.patients;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * S1: every night each patient's name, sex, birth date and death are brought in step with the population registry,
 * one patient per transaction, so that one failure (logged with the PID only) stops nothing else. It is idempotent,
 * so a second node running it too costs only time.
 */
@Component
class PopulationRefresh {

    private static final Logger log = LoggerFactory.getLogger(PopulationRefresh.class);

    private final PatientService patients;

    PopulationRefresh(PatientService patients) {
        this.patients = patients;
    }

    @Scheduled(cron = "${registry.population-refresh-cron:0 15 3 * * *}")
    void refreshAll() {
        for (Long pid : patients.allPids()) {
            try {
                patients.refreshFromPopulationRegistry(pid);
            } catch (RuntimeException e) {
                log.warn("Population-registry refresh failed for PID {}: {}", pid, e.getClass().getSimpleName());
            }
        }
    }
}
