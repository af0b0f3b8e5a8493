package no.smertereg.engine;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import no.smertereg.shared.RegistryClock;

/** The controlled clock of the engine-only process tests, in Norway's time zone. */
public final class EngineTestClock {

    private EngineTestClock() {
    }

    public static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(RegistryClock.ZONE).toInstant();
    }

    /** Moves the clock and runs every job due by then, async steps included, as the job executor would. */
    public static void fireDueJobsAt(String localTime) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }
}
