package no.smertereg.duties;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UserAccounts;
import no.smertereg.engine.RegistryCompletions;
import no.smertereg.forms.Registries;
import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.RegistryDirectory;

/**
 * Coverage (N5): the unit's registry responsible (LC) enters per month how many patients were referred and examined
 * (the denominator); the registry counts its own courses (the numerator). The quarterly unit report keeps both for a
 * quarter as they were when it was made. A unit diagram's task with the local variable {@link #TASK_MONTH} is
 * completed when that month's count is stored.
 */
@Service
@Transactional
public class Coverage {

    /** The variable of a unit diagram's coverage task (an input of its scope): the month (2027-01) it asks for. */
    public static final String TASK_MONTH = "coverageMonth";
    static final int MAX_EXAMINED = 100_000;
    private static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final Logger log = LoggerFactory.getLogger(Coverage.class);

    public record Month(String month, int examined, String enteredBy, Instant enteredAt) {
    }

    /** {@code share}: registered / examined in per cent, null until all three months are counted. */
    public record QuarterReport(String quarter, int registered, Integer examined, int monthsCounted, Double share,
            Instant madeAt) {
    }

    public record Overview(String unitResh, List<Month> months, List<QuarterReport> quarters) {
    }

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final RegistryDirectory registries;
    private final Registries definitions;
    private final UserAccounts accounts;
    private final Outbox outbox;
    private final MessageSource messages;
    private final RegistryClock clock;
    private final String baseUrl;

    Coverage(JdbcTemplate jdbc, TaskService tasks, RegistryDirectory registries, Registries definitions,
            UserAccounts accounts, Outbox outbox,
            MessageSource messages, RegistryClock clock,
            @Value("${registry.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.registries = registries;
        this.definitions = definitions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The unit's counts and quarterly reports in the session's registry: its LC, or SC. */
    @Transactional(readOnly = true)
    public Overview overview(RegistryUser user, String unitResh) {
        if (!user.hasRole(unitResh, Role.LC) && !user.hasRoleAnywhere(Role.SC)) {
            throw new ForbiddenException("error.forbidden.coverage", unitResh);
        }
        String registry = user.registryId();
        List<Month> months = jdbc.query("select period_month, examined, entered_by, entered_at from unit_coverage "
                + "where registry_id = ? and unit_resh = ? order by period_month desc", (rs, i) -> new Month(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                registry, unitResh);
        List<QuarterReport> quarters = jdbc.query("select period_quarter, registered, examined, months_counted, made_at "
                + "from unit_quarter_report where registry_id = ? and unit_resh = ? order by period_quarter desc",
                (rs, i) -> {
                    int registered = rs.getInt(2);
                    Integer examined = (Integer) rs.getObject(3);
                    int monthsCounted = rs.getInt(4);
                    Double share = examined == null || examined == 0 || monthsCounted < 3 ? null
                            : Math.round(1000.0 * registered / examined) / 10.0;
                    return new QuarterReport(rs.getString(1), registered, examined, rs.getInt(4), share,
                            rs.getTimestamp(5).toInstant());
                }, registry, unitResh);
        return new Overview(unitResh, months, quarters);
    }

    /** The month's count is not stored, and the registry has active users in the unit who would enter it. */
    @Transactional(readOnly = true)
    public boolean missing(String registryId, String unitResh, String month) {
        Integer rows = jdbc.queryForObject("select count(*) from unit_coverage where registry_id = ? and unit_resh = ? "
                + "and period_month = ?", Integer.class, registryId, unitResh, month);
        return (rows == null || rows == 0) && accounts.registriesIn(unitResh).contains(registryId);
    }

    /** LC enters (or corrects) a month's count; an open task asking for that month is completed. */
    public Month enter(RegistryUser user, String unitResh, String month, Integer examined) {
        if (!user.hasRole(unitResh, Role.LC)) {
            throw new ForbiddenException("error.forbidden.coverage", unitResh);
        }
        YearMonth period = month(month);
        if (!period.isBefore(YearMonth.from(clock.today()))) {
            throw InvalidInputException.of("month", "error.coverage.future");
        }
        if (period.isBefore(FIRST_MONTH)) {
            throw InvalidInputException.of("month", "error.coverage.month");
        }
        if (examined == null) {
            throw InvalidInputException.of("examined", "error.field.required");
        }
        if (examined < 0 || examined > MAX_EXAMINED) {
            throw InvalidInputException.of("examined", "error.coverage.examined", MAX_EXAMINED);
        }
        String registry = user.registryId();
        Instant now = clock.now();
        int updated = jdbc.update("update unit_coverage set examined = ?, entered_by = ?, entered_at = ? "
                + "where registry_id = ? and unit_resh = ? and period_month = ?", examined, user.getUsername(),
                Timestamp.from(now), registry, unitResh, period.toString());
        if (updated == 0) {
            jdbc.update("insert into unit_coverage (registry_id, unit_resh, period_month, examined, entered_by, "
                    + "entered_at) values (?, ?, ?, ?, ?, ?)", registry, unitResh, period.toString(), examined,
                    user.getUsername(), Timestamp.from(now));
        }
        refreshQuarterReport(registry, unitResh, period);
        String diagram = definitions.of(registry).descriptor().diagrams().unit();
        if (diagram != null) {
            for (Task task : tasks.createTaskQuery().processDefinitionKey(diagram)
                    .processInstanceBusinessKey(registries.engineTenant(registry, unitResh)).list()) {
                if (period.toString().equals(tasks.getVariable(task.getId(), TASK_MONTH))) {
                    RegistryCompletions.run(task.getId(), () -> tasks.complete(task.getId()));
                }
            }
        }
        log.info("Coverage of unit {} in {} for {} entered", unitResh, registry, period);
        return new Month(period.toString(), examined, user.getUsername(), now);
    }

    /**
     * The report of the last whole quarter before today: the registry's courses of the unit in the national registry
     * that started in the quarter, and the months' counts; the unit's LCs are told by e-mail (link only).
     */
    public void makeQuarterReport(String registryId, String unitResh, String runId) {
        YearMonth now = YearMonth.from(clock.today());
        YearMonth first = quarterStart(now).minusMonths(3);
        String quarter = store(registryId, unitResh, first);
        for (String recipient : accounts.emailsOf(registryId, Role.LC, unitResh)) {
            outbox.send(Channel.EMAIL, recipient, text("duties.mail.quarterReport.subject", quarter, unitResh),
                    text("duties.mail.quarterReport.body", quarter, unitResh, baseUrl + CoveragePageController.PATH),
                    "quarter-report-" + registryId + "-" + unitResh + "-" + quarter + "-"
                            + runId + "-" + recipient);
        }
        log.info("Quarterly report {} of unit {} in {} made", quarter, unitResh, registryId);
    }

    /**
     * A month's count is {@code late} late: the unit's LCs in the registry are reminded by e-mail of the month whose
     * task has waited that long (the newest such; an older one was reminded when its own time came).
     */
    public void remind(String registryId, String unitResh, String processInstanceId, Period late, String runId) {
        Instant due = clock.today().minus(late).plusDays(1).atStartOfDay(RegistryClock.ZONE).toInstant();
        tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .filter(task -> task.getCreateTime().toInstant().isBefore(due))
                .sorted(java.util.Comparator.comparing(Task::getCreateTime).reversed())
                .map(task -> tasks.getVariable(task.getId(), TASK_MONTH)).filter(String.class::isInstance).findFirst()
                .ifPresent(month -> remindOf(registryId, unitResh, (String) month, runId));
    }

    private void remindOf(String registryId, String unitResh, String month, String runId) {
        for (String recipient : accounts.emailsOf(registryId, Role.LC, unitResh)) {
            outbox.send(Channel.EMAIL, recipient, text("duties.mail.coverageReminder.subject", month, unitResh),
                    text("duties.mail.coverageReminder.body", month, unitResh, baseUrl + CoveragePageController.PATH),
                    "coverage-reminder-" + runId + "-" + month + "-" + recipient);
        }
        log.info("Coverage of unit {} in {} for {} is late: registry responsible reminded", unitResh, registryId,
                month);
    }

    /** A month counted after its quarter's report was made: the report takes the count. */
    private void refreshQuarterReport(String registryId, String unitResh, YearMonth month) {
        YearMonth first = quarterStart(month);
        if (jdbc.queryForObject("select count(*) from unit_quarter_report where registry_id = ? and unit_resh = ? "
                + "and period_quarter = ?", Integer.class, registryId, unitResh, quarterOf(first)) > 0) {
            store(registryId, unitResh, first);
        }
    }

    /**
     * The quarter's report from its first month: the registry's courses of the unit in the national registry that
     * started in the quarter, and the counts of its months.
     */
    private String store(String registryId, String unitResh, YearMonth first) {
        String quarter = quarterOf(first);
        Integer registered = jdbc.queryForObject("select count(*) from course where registry_id = ? and unit_resh = ? "
                + "and registry = 'NATIONAL' and status <> 'DELETED' and start_date >= ? and start_date < ?",
                Integer.class, registryId, unitResh, Date.valueOf(first.atDay(1)),
                Date.valueOf(first.plusMonths(3).atDay(1)));
        List<Integer> counts = jdbc.queryForList("select examined from unit_coverage where registry_id = ? "
                + "and unit_resh = ? and period_month in (?, ?, ?)", Integer.class, registryId, unitResh,
                first.toString(), first.plusMonths(1).toString(), first.plusMonths(2).toString());
        Integer examined = counts.isEmpty() ? null : counts.stream().mapToInt(Integer::intValue).sum();
        jdbc.update("delete from unit_quarter_report where registry_id = ? and unit_resh = ? and period_quarter = ?",
                registryId, unitResh, quarter);
        jdbc.update("insert into unit_quarter_report (registry_id, unit_resh, period_quarter, registered, examined, "
                + "months_counted, made_at) values (?, ?, ?, ?, ?, ?, ?)", registryId, unitResh, quarter,
                registered == null ? 0 : registered, examined, counts.size(), Timestamp.from(clock.now()));
        return quarter;
    }

    private static YearMonth quarterStart(YearMonth month) {
        return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
    }

    private static String quarterOf(YearMonth first) {
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            throw InvalidInputException.of("month", "error.coverage.month");
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, BOKMAAL);
    }
}
