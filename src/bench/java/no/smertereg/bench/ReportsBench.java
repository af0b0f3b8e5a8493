package no.smertereg.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.sun.management.GarbageCollectionNotificationInfo;

import no.smertereg.access.BenchOrganisation;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.course.DemoCourses;
import no.smertereg.reports.BenchReports;

/**
 * Issue 22: the reports at national scale. Finished courses registered through the services (the demo answers and
 * patient forms, {@link DemoCourses}) are copied in SQL to {@code bench.reports.courses} courses spread evenly over
 * ten calendar years (2015-2024) and the 20 units, each copy with a patient of its own among as many patients as half
 * the courses, its dates moved with its start. Then, as SC and as an LC, the report (one year, ten years, one
 * hospital) and the CSV and XLSX exports, timed; the exports' peak heap sampled every 5 ms.
 */
final class ReportsBench {

    static final String REGISTRY = "smertereg";
    static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    static final LocalDate LAST_YEAR = LocalDate.of(2024, 1, 1);
    private static final int TEMPLATES_PER_UNIT = 10;

    private ReportsBench() {
    }

    static Map<String, Object> run(BenchApp app, List<String> persons) throws Exception {
        int target = Integer.getInteger("bench.reports.courses", 300_000);
        int views = Integer.getInteger("bench.reports.views", 20);
        int budget = Integer.getInteger("bench.reports.budget-seconds", 120);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        List<String> units = new BenchOrganisation(app.context).units(BenchMain.UNITS);
        Map<String, Object> result = new LinkedHashMap<>();
        long loadStart = System.nanoTime();
        List<Long> templates = templates(app, units, persons);
        int loaded = ReportCourseCopies.copy(jdbc, templates, target, FIRST, LAST);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        BenchMain.log("(e) reports: " + loaded + " finished courses in " + FIRST.getYear() + "-" + LAST.getYear()
                + " from " + templates.size() + " templates, loaded in " + Math.round(loadSeconds) + " s");
        result.put("courses", loaded);
        result.put("templates", templates.size());
        result.put("loadSeconds", Report.round(loadSeconds));
        BenchReports reports = new BenchReports(app.context);
        long refreshStart = System.nanoTime();
        int refreshed = reports.refresh();
        double refreshSeconds = (System.nanoTime() - refreshStart) / 1e9;
        BenchMain.log("read model: " + refreshed + " courses recomputed in " + Math.round(refreshSeconds) + " s");
        result.put("readModelRefreshed", refreshed);
        result.put("readModelRefreshSeconds", Report.round(refreshSeconds));
        long cellsStart = System.nanoTime();
        int cells = reports.recomputeCells();
        double cellsSeconds = (System.nanoTime() - cellsStart) / 1e9;
        BenchMain.log("read model: " + cells + " unit-months tallied in " + Math.round(cellsSeconds) + " s");
        result.put("cellsTallied", cells);
        // The server runs without autovacuum here (docs/benchmarks.md); a production server would have cleaned
        // the marks and first cell versions the build left behind by now.
        for (String table : List.of("report_row_stale", "report_row", "report_cell")) {
            jdbc.execute("vacuum analyze " + table);
        }
        result.put("cellsSeconds", Report.round(cellsSeconds));
        String unit = units.get(0);
        warmUp(reports, unit);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("scNationalTenYears", timed(views, budget, () -> asSc(() -> reports.report(REGISTRY, true, null,
                FIRST, LAST))));
        page.put("scNationalOneYear", timed(views, budget, () -> asSc(() -> reports.report(REGISTRY, true, null,
                LAST_YEAR, LAST))));
        page.put("scOneHospitalOneYear", timed(views, budget, () -> asSc(() -> reports.report(REGISTRY, true, unit,
                LAST_YEAR, LAST))));
        page.put("lcUnitYear", timed(views, budget, () -> asLc(unit, () -> reports.report(REGISTRY, false, unit,
                LAST_YEAR, LAST))));
        page.put("lcUnitTenYears", timed(views, budget, () -> asLc(unit, () -> reports.report(REGISTRY, false, unit,
                FIRST, LAST))));
        page.put("scNationalTenYearsRendered", timed(views, budget, () -> asSc(() -> rendered(reports, null,
                FIRST, LAST))));
        page.put("scNationalOneYearRendered", timed(views, budget, () -> asSc(() -> rendered(reports, null,
                LAST_YEAR, LAST))));
        page.put("lcUnitYearRendered", timed(views, budget, () -> asLc(unit, () -> rendered(reports, unit,
                LAST_YEAR, LAST))));
        page.put("targets", "ten years national p95 < 1000 ms; one unit-year p95 < 300 ms");
        page.put("rendered", "the *Rendered lines: the controller and the page's template (bytes in 'courses')");
        result.put("report", page);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("scNationalTenYearsCsv", exported(() -> asSc(() -> (int) reports.export(REGISTRY, true, null,
                FIRST, LAST, false, Counting.INSTANCE.reset()))));
        export.put("scNationalTenYearsXlsx", exported(() -> asSc(() -> (int) reports.export(REGISTRY, true, null,
                FIRST, LAST, true, Counting.INSTANCE.reset()))));
        export.put("lcUnitYearCsv", exported(() -> asLc(unit, () -> (int) reports.export(REGISTRY, false, unit,
                LAST_YEAR, LAST, false, Counting.INSTANCE.reset()))));
        export.put("lcUnitYearXlsx", exported(() -> asLc(unit, () -> (int) reports.export(REGISTRY, false, unit,
                LAST_YEAR, LAST, true, Counting.INSTANCE.reset()))));
        export.put("targets", "CSV of every course < 30 s, heap growth < 100 MiB");
        result.put("export", export);
        result.put("what", "ReportService.report (the page's computation, without the template) and the export "
                + "endpoint's body, in the application's JVM; the scope as SC (national, all hospitals or one) and "
                + "as the LC of one unit; no HTTP and login");
        return result;
    }

    /** Ten finished courses in each unit, through the clinician's services, with the demo answers and forms. */
    private static List<Long> templates(BenchApp app, List<String> units, List<String> persons) {
        int needed = units.size() * TEMPLATES_PER_UNIT;
        List<String> ids = persons.subList(persons.size() - needed, persons.size());
        return app.bean(DemoCourses.class).seed(units, ids, TEMPLATES_PER_UNIT).stream()
                .map(DemoCourses.DemoCourse::id).toList();
    }

    private static void warmUp(BenchReports reports, String unit) {
        for (int i = 0; i < 3; i++) {
            asSc(() -> reports.report(REGISTRY, true, null, LAST_YEAR, LAST));
            asLc(unit, () -> reports.report(REGISTRY, false, unit, LAST_YEAR, LAST));
        }
    }

    /** Up to {@code views} timings, fewer when they pass {@code budget} seconds (at least two). */
    private static Map<String, Object> timed(int views, int budget, Supplier<Integer> call) {
        List<Double> ms = new ArrayList<>();
        long end = System.nanoTime() + budget * 1_000_000_000L;
        int courses = 0;
        while (ms.size() < views && (ms.size() < 2 || System.nanoTime() < end)) {
            long start = System.nanoTime();
            courses = call.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Map<String, Object> stats = TaskCompletion.stats(ms.stream().mapToDouble(Double::doubleValue).toArray());
        stats.put("courses", courses);
        BenchMain.log("report of " + courses + " courses: p50 " + stats.get("p50Ms") + " ms, p95 "
                + stats.get("p95Ms") + " ms");
        return stats;
    }

    /**
     * One export: its time, rows and bytes; the heap's growth over the used heap after a GC before it: the peak of
     * the used heap sampled every 5 ms (garbage included), the peak after any collection during it (young
     * collections leave promoted garbage), and the peak right after a full collection forced each second (what the
     * export holds; the forced collections slow it a little).
     */
    private static Map<String, Object> exported(Supplier<Integer> call) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        BenchApp.heapAfterGcMiB();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakAfterGc = new AtomicLong(before);
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                peakAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
        collectors.forEach(c -> c.addNotificationListener(afterGc, null, null));
        AtomicLong peakLive = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            long nextFullGc = System.nanoTime() + 1_000_000_000L;
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() > nextFullGc) {
                    System.gc();
                    peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    nextFullGc = System.nanoTime() + 1_000_000_000L;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        int rows = -1;
        String failure = null;
        try {
            rows = call.get();
        } catch (OutOfMemoryError | RuntimeException e) {
            failure = e.toString();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        collectors.forEach(c -> {
            try {
                c.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", rows);
        if (failure != null) {
            result.put("failed", failure);
        }
        result.put("seconds", Report.round(seconds));
        result.put("bytes", Counting.INSTANCE.bytes);
        result.put("heapGrowthMiB", Report.round((peak.get() - before) / 1048576.0));
        result.put("heapGrowthAfterGcMiB", Report.round((peakAfterGc.get() - before) / 1048576.0));
        result.put("liveGrowthMiB", Report.round((peakLive.get() - before) / 1048576.0));
        BenchMain.log("export of " + rows + " rows: " + Report.round(seconds) + " s, heap growth "
                + result.get("heapGrowthMiB") + " MiB, after any GC " + result.get("heapGrowthAfterGcMiB")
                + " MiB, after a full GC each second " + result.get("liveGrowthMiB") + " MiB");
        return result;
    }

    private static int rendered(BenchReports reports, String unit, LocalDate from, LocalDate to) {
        try {
            return reports.page(unit, from, to);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int asSc(Supplier<Integer> work) {
        return as(RegistryUser.of("bench.sc", Set.of(new UnitRole(REGISTRY, "0", Role.SC))), work);
    }

    private static int asLc(String unit, Supplier<Integer> work) {
        return as(RegistryUser.of("bench.lc." + unit, Set.of(new UnitRole(REGISTRY, unit, Role.LC))), work);
    }

    private static int as(RegistryUser user, Supplier<Integer> work) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The response body's bytes, counted and dropped (the client's side is not measured). */
    static final class Counting extends OutputStream {

        static final Counting INSTANCE = new Counting();
        long bytes;

        Counting reset() {
            bytes = 0;
            return this;
        }

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
