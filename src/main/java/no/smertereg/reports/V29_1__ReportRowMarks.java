package no.smertereg.reports;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import no.smertereg.shared.DatabaseProduct;

/**
 * Flyway migration 29.1 (the class name is its version): on PostgreSQL, triggers mark a course's report row stale
 * whenever a source of it changes, whoever writes: the course, its clinician forms, its patient forms, or its
 * patient's reservation; and every course there is now is marked, so the read model is built once. H2 has none: there
 * the reports read the sources ({@link ReportRows#enabled()}).
 */
class V29_1__ReportRowMarks extends BaseJavaMigration {

    @Override
    public String getDescription() {
        return "report row marks";
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!DatabaseProduct.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute(markFunction("report_row_mark_course", "id"));
            sql.execute(markFunction("report_row_mark_course_of", "course_id"));
            sql.execute("""
                    create function report_row_mark_patient() returns trigger language plpgsql as $$
                    begin
                        insert into report_row_stale (course_id, marked)
                        select c.id, nextval('report_row_mark') from course c where c.pid = new.pid order by c.id
                        on conflict (course_id) do update set marked = excluded.marked;
                        return null;
                    end
                    $$""");
            sql.execute("create trigger report_row_course after insert or update or delete on course "
                    + "for each row execute function report_row_mark_course()");
            sql.execute("create trigger report_row_form after insert or update or delete on form_instance "
                    + "for each row execute function report_row_mark_course_of()");
            sql.execute("create trigger report_row_patient_form after insert or update or delete on patient_form "
                    + "for each row execute function report_row_mark_course_of()");
            sql.execute("create trigger report_row_reservation after update of reserved on patient "
                    + "for each row when (old.reserved is distinct from new.reserved) "
                    + "execute function report_row_mark_patient()");
            sql.execute("insert into report_row_stale (course_id, marked) "
                    + "select id, nextval('report_row_mark') from course");
        }
    }

    private static String markFunction(String name, String column) {
        return "create function " + name + "() returns trigger language plpgsql as $$\n"
                + "begin\n"
                + "    insert into report_row_stale (course_id, marked)\n"
                + "    values (case when tg_op = 'DELETE' then old." + column + " else new." + column
                + " end, nextval('report_row_mark'))\n"
                + "    on conflict (course_id) do update set marked = excluded.marked;\n"
                + "    return null;\n"
                + "end\n"
                + "$$";
    }
}
