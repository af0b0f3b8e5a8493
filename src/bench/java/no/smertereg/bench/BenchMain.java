package no.smertereg.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

import no.smertereg.access.BenchOrganisation;

/**
 * The benchmark harness of issue 8 (docs/benchmarks.md): pgbench, (a) the national year on the application,
 * (d) the bare BPMN right after it, (b) the 16:30 batch, task completion as open tasks grow, and the slot for
 * (c) the worklist. One JSON and one short table. Run by {@code ./mvnw -B -Pbench verify}.
 */
public final class BenchMain {

    static final int UNITS = 20;
    static final LocalDate APP_WARMUP = LocalDate.of(2025, 3, 3);
    static final LocalDate BARE_WARMUP = LocalDate.of(2025, 6, 2);
    static final LocalDate YEAR = LocalDate.of(2026, 1, 5);
    static final LocalDate BARE_YEAR = LocalDate.of(2027, 3, 1);
    static final LocalDate BATCH_DAY = LocalDate.of(2028, 6, 6);

    private BenchMain() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(BenchConfig.fromSystemProperties());
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(BenchConfig config) throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("run", Map.of("startedAt", LocalDateTime.now().toString(), "config", config.toString()
                .replaceAll("password=[^,]*", "password=***")));
        report.put("machine", Machine.describe());
        try (BenchDatabase db = BenchDatabase.open(config)) {
            Map<String, Object> postgres = new LinkedHashMap<>();
            postgres.put("kind", db.kind);
            postgres.put("settings", db.settings());
            postgres.put("durableCommits", db.durable());
            report.put("postgres", postgres);
            log("PostgreSQL " + db.kind + ": synchronous_commit and fsync on = " + db.durable());
            if (config.runs("pgbench")) {
                log("pgbench -i -s 10, then TPC-B " + config.pgbenchSeconds() + " s with 1 and 2 clients");
                report.put("pgbench", PgBench.run(db, config.pgbenchSeconds()));
            }
            db.recreate();
            try (BenchApp app = new BenchApp(db, config.springArgs()); Parallel parallel = new Parallel(
                    config.threads())) {
                phases(config, db, app, parallel, report);
            } finally {
                ClockUtil.reset();
                if (!config.keepDatabase()) {
                    db.drop();
                }
            }
        }
        Report.write(report, config.output(), stamp);
        Report.table(report);
    }

    private static void phases(BenchConfig config, BenchDatabase db, BenchApp app, Parallel parallel,
            Map<String, Object> report) throws Exception {
        Meter meter = new Meter(db, app);
        ProcessEngine engine = app.bean(ProcessEngine.class);
        ManagementService management = app.bean(ManagementService.class);
        RuntimeService runtime = app.bean(RuntimeService.class);
        List<String> units = new BenchOrganisation(app.context).units(UNITS);
        List<String> persons = app.bean(JdbcTemplate.class).queryForList("select national_id from "
                + "synthetic_person where deceased = false order by national_id", String.class);
        Map<String, Object> engineInfo = new LinkedHashMap<>();
        engineInfo.put("historyLevel", ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
                .getHistoryLevel().getName());
        engineInfo.put("units", units.size());
        engineInfo.put("syntheticPersons", persons.size());
        engineInfo.put("threads", config.threads());
        engineInfo.put("jobs", "run by the harness (ManagementService.executeJob on due jobs, split over the threads "
                + "by root process instance) in (a) and (d); by the application's job executor in (b)");
        engineInfo.put("springArgs", config.springArgs());
        report.put("engine", engineInfo);
        app.bean(RepositoryService.class).createDeployment().name("bench-bare").addModelInstance(BareModels.COURSE
                + ".bpmn", BareModels.course()).addModelInstance(BareModels.FORM + ".bpmn", BareModels.form())
                .deploy();

        if (config.runs("year") || config.runs("bare")) {
            int weeks = Math.max(1, config.warmup() / 150);
            log("warm-up: " + config.warmup() + " courses on the application, then on the bare BPMN");
            new YearRun(new AppYear(app, persons, units), parallel, management, runtime, persons.size(),
                    new Upkeep(app)).run(1_000_000, config.warmup(), weeks, APP_WARMUP);
            new YearRun(bare(app, "bare-w-", units, persons), parallel, management, runtime, persons.size(),
                    new Upkeep(app)).run(1_000_000, config.warmup(), weeks, BARE_WARMUP);
        }
        if (config.runs("year")) {
            log("(a) national year: " + config.courses() + " courses in " + config.weeks() + " weekly cohorts");
            AppYear year = new AppYear(app, persons, units);
            report.put("year", year(year, config, parallel, management, runtime, meter, new Upkeep(app),
                    persons.size(), YEAR));
            ((Map<String, Object>) report.get("year")).put("mailsAtSmtp", year.mails);
            ((Map<String, Object>) report.get("year")).put("heapAfterGcMiB", BenchApp.heapAfterGcMiB());
        }
        if (config.runs("bare")) {
            log("(d) bare BPMN: the same " + config.courses() + " courses, same calendar, same mix");
            report.put("bare", year(bare(app, "bare-y-", units, persons), config, parallel, management, runtime,
                    meter, new Upkeep(app), persons.size(), BARE_YEAR));
            ((Map<String, Object>) report.get("bare")).put("heapAfterGcMiB", BenchApp.heapAfterGcMiB());
            report.put("ratios", Ratios.of(report));
        }
        if (config.runs("dispatch")) {
            log("(b) 16:30 batch: " + config.sends() + " patient forms, job executor on");
            report.put("dispatch", DispatchBatch.run(app, meter, parallel, persons, units, config.sends(),
                    BATCH_DAY, 900));
        }
        if (config.runs("completion")) {
            log("task completion at " + config.smallTasks() + " and " + config.largeTasks() + " open tasks");
            report.put("completion", new TaskCompletion(app, parallel).run(new int[] {config.smallTasks(),
                    config.largeTasks()}, config.completions()));
        }
        if (config.runs("worklist")) {
            report.put("worklist", WorklistBench.run(app, meter, persons));
        }
        if (config.runs("reports")) {
            report.put("reports", ReportsBench.run(app, persons));
        }
        report.put("dbSizeAtEndMiB", Report.round(db.size() / 1048576.0));
    }

    private static BareYear bare(BenchApp app, String prefix, List<String> units, List<String> persons) {
        return new BareYear(app.bean(RuntimeService.class), app.bean(TaskService.class), prefix, units,
                persons.size());
    }

    private static Map<String, Object> year(YearModel model, BenchConfig config, Parallel parallel,
            ManagementService management, RuntimeService runtime, Meter meter, Upkeep upkeep, int persons,
            LocalDate monday) throws Exception {
        YearRun run = new YearRun(model, parallel, management, runtime, persons, upkeep);
        long failuresBefore = parallel.failures.get();
        Meter.Mark mark = meter.mark();
        run.run(0, config.courses(), config.weeks(), monday);
        Meter.Reading reading = meter.since(mark);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measured", reading.toMap(config.courses(), "courses", "Course"));
        result.put("simulatedDays", run.days);
        result.put("patientFormsSent", run.sentForms);
        result.put("patientAnswers", run.answers);
        result.put("jobsExecuted", run.jobsExecuted());
        result.put("unfinishedCourses", model.unfinished());
        result.put("failures", parallel.failures.get() - failuresBefore);
        result.put("upkeep", upkeep.report());
        log(model.name() + ": " + reading.seconds() + " s, " + reading.transactions() + " transactions");
        return result;
    }

    static void log(String message) {
        System.out.println("[bench] " + LocalDateTime.now().withNano(0) + " " + message);
    }
}
