package no.smertereg.eprom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.access.CurrentUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/**
 * Demo mode only, for the system manager: read the notification outbox (codes included: synthetic patients
 * only) and move the registry's clock to try the 16:30 dispatch, the reminder and the lock. Moving the clock wakes
 * the job executor, which runs what is then due as it does in production (locks, retries, other nodes); the request
 * runs no job itself. The clock is this node's: in a demo of several nodes, move it on each. Does not exist outside
 * demo mode.
 */
@RestController
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
@Tag(name = "Demo: operatør / operator")
class DemoOperatorController {

    record ClockRequest(LocalDateTime at) {
    }

    record Notice(Long id, String channel, String recipient, String body, Instant createdAt, Instant sentAt) {
    }

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final ProcessEngine engine;

    DemoOperatorController(JdbcTemplate jdbc, ManagementService management, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.management = management;
        this.engine = engine;
    }

    @Operation(summary = "Demo mode, system manager: the latest notices in the outbox (SMS and e-mail)")
    @GetMapping("/api/demo/outbox")
    List<Notice> outbox(@RequestParam(defaultValue = "20") int limit) {
        requireOperator();
        return jdbc.query("select id, channel, recipient, body, created_at, sent_at from notification_outbox "
                + "order by id desc limit ?", (row, i) -> new Notice(row.getLong(1), row.getString(2),
                        row.getString(3), row.getString(4), instant(row.getTimestamp(5)),
                        instant(row.getTimestamp(6))), Math.max(1, Math.min(limit, 100)));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Operation(summary = "Demo mode, system manager: set the clock (Europe/Oslo local time); the job executor "
            + "then runs what is due (jobsDue), within seconds")
    @PostMapping("/api/demo/clock")
    Map<String, Object> clock(@RequestBody ClockRequest request) {
        requireOperator();
        if (request.at() == null) {
            throw InvalidInputException.of("at", "error.field.required");
        }
        ClockUtil.setCurrentTime(Date.from(request.at().atZone(RegistryClock.ZONE).toInstant()));
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        if (executor != null) {
            executor.jobWasAdded();
        }
        return Map.of("now", Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), "jobsDue",
                management.createJobQuery().executable().count());
    }

    @Operation(summary = "Demo mode, system manager: back to the real time")
    @PostMapping("/api/demo/clock/reset")
    Map<String, Object> reset() {
        requireOperator();
        ClockUtil.reset();
        return Map.of("now", Instant.now());
    }

    private static void requireOperator() {
        if (!CurrentUser.get().hasRoleAnywhere(Role.SYSTEM_MANAGER)) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
