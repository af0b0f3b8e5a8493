package no.smertereg.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies finished template courses in SQL (course, its clinician forms, its patient forms) for the reports
 * benchmark: copy g of the run starts on day g * days / count of the period and is template g mod templates; its
 * patient is bench patient g mod (count / 2); the dates in its answers (HenvistDato, StartdatoTO, SluttDato) and its
 * patient forms' times move with its start. Rows only: no engine instance behind them.
 */
final class ReportCourseCopies {

    private static final int BATCH = 5_000;
    private static final List<String> ANSWER_DATES = List.of("HenvistDato", "StartdatoTO", "SluttDato");

    private ReportCourseCopies() {
    }

    /** Copies up to {@code count} courses; returns the number of copies in the database. */
    static int copy(JdbcTemplate jdbc, List<Long> templates, int count, LocalDate first, LocalDate last) {
        int patients = Math.max(1, count / 2);
        long firstPid = patients(jdbc, patients);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        jdbc.execute("create temporary table if not exists bench_template (idx int primary key, course_id bigint)");
        jdbc.update("delete from bench_template");
        for (int t = 0; t < templates.size(); t++) {
            jdbc.update("insert into bench_template values (?, ?)", t, templates.get(t));
        }
        String courseColumns = String.join(", ", columns(jdbc, "course", List.of("id", "process_instance_id")));
        String courseValues = String.join(", ", columns(jdbc, "course", List.of("id", "process_instance_id")).stream()
                .map(c -> switch (c) {
                    case "pid" -> firstPid + " + (src.g % " + patients + ")";
                    case "start_date" -> "src.start";
                    case "referral_date" -> "c.referral_date + (src.start - c.start_date)";
                    case "created_by" -> "'bench-' || c.id";
                    default -> "c." + c;
                }).toList());
        List<String> formColumns = columns(jdbc, "form_instance", List.of("id", "course_id"));
        String formValues = String.join(", ", formColumns.stream().map(c -> c.equals("answers")
                ? shifted("f.answers") : "f." + c).toList());
        List<String> patientFormColumns = columns(jdbc, "patient_form", List.of("id", "course_id"));
        String patientFormValues = String.join(", ", patientFormColumns.stream().map(c -> switch (c) {
            case "code_hash", "first_code_hash" -> "null";
            case "sent_at", "answered_at", "draft_saved_at" -> "f." + c + " + make_interval(days => shift)";
            case "planned_from" -> "f." + c + " + shift";
            default -> "f." + c;
        }).toList());
        String sql = "with src as (select g, t.course_id as template, date '" + first + "' + (g::bigint * " + days
                + " / " + count + ")::int as start from generate_series(?, ?) g join bench_template t on t.idx = g % "
                + templates.size() + "), copied as (insert into course (" + courseColumns + ") select " + courseValues
                + " from src join course c on c.id = src.template returning id, start_date, created_by), "
                + "moved as (select copied.id, t.id as template, copied.start_date - t.start_date as shift "
                + "from copied join course t on t.id = substr(copied.created_by, 7)::bigint), "
                + "forms as (insert into form_instance (course_id, " + String.join(", ", formColumns) + ") select "
                + "moved.id, " + formValues + " from moved join form_instance f on f.course_id = moved.template "
                + "returning 1), patient_forms as (insert into patient_form (course_id, "
                + String.join(", ", patientFormColumns) + ") select moved.id, " + patientFormValues
                + " from moved join patient_form f on f.course_id = moved.template returning 1) "
                + "select count(*) from moved";
        int copied = 0;
        for (int from = 0; from < count; from += BATCH) {
            copied += jdbc.queryForObject(sql, Integer.class, from, Math.min(count, from + BATCH) - 1);
        }
        for (String table : List.of("patient", "course", "form_instance", "patient_form")) {
            jdbc.execute("analyze " + table);
        }
        return copied;
    }

    /** The answers with each date field moved by {@code shift} days, where it holds a date. */
    private static String shifted(String answers) {
        String expression = answers;
        for (String field : ANSWER_DATES) {
            expression = "(case when (" + expression + ")->>'" + field + "' ~ '^\\d{4}-\\d{2}-\\d{2}$' then jsonb_set("
                    + expression + ", '{" + field + "}', to_jsonb((((" + expression + ")->>'" + field
                    + "')::date + shift)::text)) else " + expression + " end)";
        }
        return expression;
    }

    /** {@code count} bench patients with consecutive pids; returns the first. */
    private static long patients(JdbcTemplate jdbc, int count) {
        jdbc.update("insert into patient (national_id, given_name, family_name, sex, birth_date, "
                + "population_checked_at, created_at) select 'B' || lpad(g::text, 10, '0'), 'Bench', 'Pasient', "
                + "1 + g % 2, date '1935-01-01' + (g % 25000), now(), now() from generate_series(1, ?) g", count);
        Map<String, Object> range = jdbc.queryForMap("select min(pid) as first, max(pid) as last, count(*) as n "
                + "from patient where national_id like 'B%'");
        long firstPid = ((Number) range.get("first")).longValue();
        if (((Number) range.get("last")).longValue() - firstPid + 1 != count) {
            throw new IllegalStateException("bench patients' pids are not consecutive: " + range);
        }
        return firstPid;
    }

    private static List<String> columns(JdbcTemplate jdbc, String table, List<String> except) {
        return new ArrayList<>(jdbc.queryForList("select column_name from information_schema.columns where "
                + "table_name = ? order by ordinal_position", String.class, table).stream()
                .filter(c -> !except.contains(c)).toList());
    }
}
