package no.smertereg.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import no.smertereg.shared.RegistryClock;

/**
 * What an operator watches (docs/operations.md), as gauges read from the database when scraped, so that every node
 * reports the same figures whichever node did the work: the outbox's backlog and its oldest entry's age, the patient
 * forms sent today, the patient-form jobs that are due and those due for more than 15 minutes (the 16:30 batch not
 * done in time), the engine's failed jobs and open incidents, and the accounts locked after wrong passwords.
 */
@Component
class OperationsMetrics implements MeterBinder {

    static final Duration OVERDUE = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final RegistryClock clock;

    OperationsMetrics(JdbcTemplate jdbc, RegistryClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String channel : new String[] {"EMAIL", "SMS"}) {
            gauge(registry, "registry.outbox.backlog", "messages in the outbox not yet sent", () -> count(
                    "select count(*) from notification_outbox where sent_at is null and failed_at is null "
                    + "and channel = ?", channel),
                    "channel", channel);
        }
        gauge(registry, "registry.outbox.failed.day", "e-mails given up in the last 24 hours (refused address or "
                + "out of tries): alert when above 0", () -> count("select count(*) from notification_outbox where "
                + "failed_at > ?", Timestamp.from(Instant.now().minus(Duration.ofDays(1)))));
        gauge(registry, "registry.outbox.oldest.age.seconds", "age of the oldest message not yet sent (0 when none)",
                this::oldestUnsentSeconds);
        gauge(registry, "registry.patient.forms.sent.today", "patient forms sent since midnight (Europe/Oslo)",
                () -> count("select count(*) from dispatch_event where event = 'SENT' and occurred_at >= ?",
                        Timestamp.from(clock.today().atStartOfDay(RegistryClock.ZONE).toInstant())));
        gauge(registry, "registry.patient.form.jobs.due", "patient-form jobs (send, reminder, lock) that are due now",
                () -> dueJobs(Duration.ZERO));
        gauge(registry, "registry.patient.form.jobs.overdue",
                "patient-form jobs due for more than 15 minutes: alert when above 0", () -> dueJobs(OVERDUE));
        gauge(registry, "registry.engine.jobs.failed", "engine jobs out of retries (each has an incident)",
                () -> count("select count(*) from act_ru_job where retries_ = 0"));
        gauge(registry, "registry.engine.incidents.open", "open engine incidents",
                () -> count("select count(*) from act_ru_incident"));
        gauge(registry, "registry.login.accounts.locked", "accounts locked after repeated wrong passwords",
                () -> count("select count(*) from app_user where locked_until > ?", Timestamp.from(clock.now())));
    }

    private double dueJobs(Duration since) {
        return count("select count(*) from act_ru_job where process_def_key_ = 'patient-form' and retries_ > 0 "
                + "and suspension_state_ = 1 and duedate_ <= ?", Timestamp.from(clock.now().minus(since)));
    }

    private double oldestUnsentSeconds() {
        Timestamp oldest = jdbc.queryForObject("select min(created_at) from notification_outbox where sent_at is null "
                + "and failed_at is null", Timestamp.class);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.now()).toSeconds());
    }

    private double count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value,
            String... tags) {
        Gauge.builder(name, value).description(description).tags(tags).strongReference(true).register(registry);
    }
}
