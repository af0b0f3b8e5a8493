package no.smertereg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import no.smertereg.access.BenchOrganisation;
import no.smertereg.course.BenchClinician;
import no.smertereg.course.BenchWorklist;
import no.smertereg.reports.BenchReports;

/**
 * (c) The worklist p50 and p95 with 100,000 active courses: one course registered through the services in each of
 * the 20 units, copied in SQL (course, its forms, its open TO task in the read model) up to
 * {@code bench.worklist.courses} active courses, then {@code bench.worklist.views} timed views of a unit's first
 * pages as its LU (the service call of {@code GET /api/worklist}: page of 50, sort, audit rows). The copy writes the
 * courses of months at once; their report rows (issue 22), which the application would have recomputed over those
 * months a minute at a time, are brought up to date before the views, as the vacuum and analyse are, so the
 * one-minute refresh does not recompute 100,000 rows beside the timed views.
 */
final class WorklistBench {

    static final int PAGE_SIZE = 50;
    private static final int WARMUP = 200;

    private WorklistBench() {
    }

    static Map<String, Object> run(BenchApp app, Meter meter, List<String> persons) throws Exception {
        int activeTarget = Integer.getInteger("bench.worklist.courses", 100_000);
        int views = Integer.getInteger("bench.worklist.views", 2_000);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        BenchOrganisation organisation = new BenchOrganisation(app.context);
        List<String> units = organisation.units(20);
        BenchClinician clinician = new BenchClinician(app.context);
        long loadStart = System.nanoTime();
        long active = jdbc.queryForObject("select count(*) from course where status = 'ACTIVE'", Long.class);
        int perUnit = (int) Math.max(0, (activeTarget - active) / units.size());
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            long[] template = new long[1];
            String person = persons.get(u % persons.size());
            AppYear.asClinician(unit, () -> template[0] = clinician.registerOnly(person, organisation.department(unit)));
            ActiveCourseCopies.copy(jdbc, template[0], perUnit - 1);
        }
        jdbc.execute("analyze course");
        jdbc.execute("analyze form_instance");
        jdbc.execute("analyze open_form_task");
        long refreshStart = System.nanoTime();
        BenchReports reports = new BenchReports(app.context);
        int recomputed = reports.refresh();
        reports.recomputeCells();
        double refreshSeconds = (System.nanoTime() - refreshStart) / 1e9;
        Upkeep upkeep = new Upkeep(app);
        upkeep.endOfDay();
        active = jdbc.queryForObject("select count(*) from course where status = 'ACTIVE'", Long.class);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        BenchMain.log("(c) worklist: " + active + " active courses in " + units.size() + " units, loaded in "
                + Math.round(loadSeconds) + " s; " + views + " timed views");

        BenchWorklist worklist = new BenchWorklist(app.context);
        for (int i = 0; i < WARMUP; i++) {
            view(worklist, units, i);
        }
        Meter.Mark mark = meter.mark();
        ServerActivity.Snapshot before = ServerActivity.take(jdbc);
        double[] ms = new double[views];
        long[] last = timed(worklist, units, ms);
        Map<String, Object> activity = ServerActivity.since(jdbc, before);
        Meter.Reading reading = meter.since(mark);
        long checkpointStart = System.nanoTime();
        jdbc.execute("checkpoint");
        double checkpointSeconds = (System.nanoTime() - checkpointStart) / 1e9;
        ServerActivity.Snapshot settled = ServerActivity.take(jdbc);
        double[] msSettled = new double[views];
        timed(worklist, units, msSettled);
        Map<String, Object> afterCheckpoint = new LinkedHashMap<>();
        afterCheckpoint.put("checkpointSeconds", Report.round(checkpointSeconds));
        afterCheckpoint.putAll(figures(msSettled));
        afterCheckpoint.put("activity", ServerActivity.since(jdbc, settled));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("activeCourses", active);
        result.put("units", units.size());
        result.put("activeCoursesPerUnitShown", last[1]);
        result.put("pageSize", PAGE_SIZE);
        result.put("what", "WorklistService.worklist as a unit's LU (the call behind GET /api/worklist): count, "
                + "one page sorted in SQL, its forms, open form tasks (read model), persons, patient-form marks, "
                + "one audit row per course shown; without HTTP, JSON and login");
        result.put("mix", "90 % first page, 10 % pages 2-5; 80 % by start date, 10 % department, 10 % consent");
        result.putAll(figures(ms));
        result.put("transactionsPerView", Report.round((double) reading.transactions() / views));
        result.put("activityDuringViews", activity);
        result.put("afterCheckpoint", afterCheckpoint);
        result.put("loadSeconds", Report.round(loadSeconds));
        result.put("upkeepBeforeViews", upkeep.report());
        result.put("readModelBeforeViews", Map.of("coursesRecomputed", recomputed, "seconds",
                Report.round(refreshSeconds)));
        result.put("targetP95Ms", 10);
        result.put("targetMet", ((Number) result.get("p95Ms")).doubleValue() < 10);
        result.put("status", "measured");
        return result;
    }

    /** The timed views, one per slot of {@code ms}; the last view's figures. */
    private static long[] timed(BenchWorklist worklist, List<String> units, double[] ms) {
        long[] last = new long[2];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            last = view(worklist, units, i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return last;
    }

    /** A set of timed views: their percentiles, maximum and the same per sort order. */
    private static Map<String, Object> figures(double[] ms) {
        Map<String, Object> figures = new LinkedHashMap<>(TaskCompletion.stats(ms));
        figures.put("maxMs", Report.round(java.util.Arrays.stream(ms).max().orElse(Double.NaN)));
        figures.put("bySort", bySort(ms));
        return figures;
    }

    /** The same figures per sort order (the i-th view's order is {@link #sort(int)}). */
    private static Map<String, Object> bySort(double[] ms) {
        Map<String, Object> bySort = new LinkedHashMap<>();
        for (String sort : List.of("startdate", "department", "consent")) {
            bySort.put(sort, TaskCompletion.stats(java.util.stream.IntStream.range(0, ms.length)
                    .filter(i -> sort(i).equals(sort)).mapToDouble(i -> ms[i]).toArray()));
        }
        return bySort;
    }

    private static String sort(int i) {
        return i % 10 == 8 ? "department" : i % 10 == 9 ? "consent" : "startdate";
    }

    private static long[] view(BenchWorklist worklist, List<String> units, int i) {
        String unit = units.get(i % units.size());
        String sort = sort(i);
        int page = i % 10 == 5 ? 1 + (i / 10) % 4 : 0;
        long[][] shown = new long[1][];
        AppYear.asClinician(unit, () -> shown[0] = worklist.view(sort, page, PAGE_SIZE));
        return shown[0];
    }

    /** The courses copied for the measurement, as SQL: rows only, no engine instance behind them. */
    static final class ActiveCourseCopies {

        private ActiveCourseCopies() {
        }

        static void copy(JdbcTemplate jdbc, long template, int copies) {
            if (copies <= 0) {
                return;
            }
            List<String> courseColumns = columns(jdbc, "course", List.of("id", "process_instance_id"));
            List<String> selected = new ArrayList<>();
            for (String column : courseColumns) {
                selected.add(switch (column) {
                    case "start_date" -> "coalesce(c.start_date, date '2027-03-01') - (g % 200)";
                    case "referral_date" -> "coalesce(c.start_date, date '2027-03-01') - (g % 200) - (g % 3)";
                    case "consent" -> "(g % 3 <> 0)";
                    default -> "c." + column;
                });
            }
            List<String> formColumns = columns(jdbc, "form_instance", List.of("id", "course_id"));
            String formList = String.join(", ", formColumns);
            String formSelect = "f." + String.join(", f.", formColumns);
            for (int from = 0; from < copies; from += 5_000) {
                int batch = Math.min(5_000, copies - from);
                jdbc.queryForObject("with copied as (insert into course (" + String.join(", ", courseColumns)
                        + ") select " + String.join(", ", selected) + " from course c, generate_series(?, ?) g "
                        + "where c.id = ? returning id), forms as (insert into form_instance (course_id, " + formList
                        + ") select copied.id, " + formSelect + " from copied, form_instance f where f.course_id = ? "
                        + "returning course_id), tasks as (insert into open_form_task (task_id, course_id, form_key) "
                        + "select 'bench-' || copied.id, copied.id, 'TO' from copied returning course_id) "
                        + "select count(*) from copied", Long.class, from + 1, from + batch, template, template);
            }
        }

        private static List<String> columns(JdbcTemplate jdbc, String table, List<String> except) {
            return jdbc.queryForList("select column_name from information_schema.columns where table_name = ? "
                    + "order by ordinal_position", String.class, table).stream().filter(c -> !except.contains(c))
                    .toList();
        }
    }
}
