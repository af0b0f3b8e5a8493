package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import no.smertereg.web.RequestLimits;

/**
 * Issue 16: {@code request_limit} does not only grow. The hourly cleanup deletes the rows whose window started more
 * than a day ago on the registry's clock, and keeps the others. The clock stands at the turn of 2000, long before
 * the rows of any other test, so the cleanup takes none of theirs.
 */
class RequestLimitCleanupIT extends IntegrationTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    RequestLimits limits;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyHourRowsWhoseWindowStartedMoreThanADayAgoAreDeleted_youngerOnesStay() {
        ClockUtil.setCurrentTime(oslo("1999-12-30T10:00"));
        limits.tryAcquire("cleanup-it:old", 5, WINDOW);
        ClockUtil.setCurrentTime(oslo("1999-12-30T11:00"));
        limits.tryAcquire("cleanup-it:young", 5, WINDOW);
        limits.tryAcquire("cleanup-it:young", 5, WINDOW);
        ClockUtil.setCurrentTime(oslo("1999-12-31T10:30"));
        ScheduledTask cleanup = cleanup();

        cleanup.getTask().getRunnable().run();

        assertThat(((CronTask) cleanup.getTask()).getExpression()).as("every hour").isEqualTo("0 0 * * * *");
        assertThat(jdbc.queryForList("select limit_key from request_limit where limit_key like 'cleanup-it:%'",
                String.class)).containsExactly("cleanup-it:young");
        assertThat(jdbc.queryForObject("select hits from request_limit where limit_key = 'cleanup-it:young'",
                Integer.class)).as("a kept row keeps its count").isEqualTo(2);
    }

    private ScheduledTask cleanup() {
        return schedulers.stream().flatMap(s -> s.getScheduledTasks().stream())
                .filter(t -> t.toString().endsWith(RequestLimits.class.getName() + ".removeExpired")).findFirst()
                .orElseThrow(() -> new AssertionError("RequestLimits.removeExpired is not scheduled"));
    }
}
