package no.smertereg.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.DatabaseProduct;

/**
 * The reports' read model (ADR 0020): each registered course's row, stored when it changes instead of computed
 * from its forms' answers on every request. Triggers mark a course stale whenever a source of its row changes
 * (V29_1); {@link #refresh()} recomputes the marked rows with {@link CourseRowReader} before each read, so a report
 * shows what was saved a moment ago. A mark is cleared only if no newer one came while its row was recomputed. At
 * start-up, a changed definition of the model (columns, indicators, forms per course type) marks every course.
 * Rows are read page by page in (StartdatoTO, ForlopsID) order. On H2 (no triggers) it is off and the reports read
 * the sources.
 */
@Service
class ReportRows {

    static final int PAGE = 1000;
    /** Bump when a row or a tally is computed differently without a change the fingerprint sees. */
    static final int VERSION = 1;
    private static final long LOCK = 2_200_022L;
    private static final Logger log = LoggerFactory.getLogger(ReportRows.class);
    private static final int REFRESH_BATCH = 500;
    private static final String COLUMNS = "course_id, unit_resh, start_date, course_type, held_forms, "
            + "final_forms, row_values, row_extras";

    /** Which rows: a registry's, of one unit or all, national ones only or all, started in [from, to]. */
    record Selection(String registryId, boolean nationalOnly, String unitResh, LocalDate from, LocalDate to) {
    }

    /** A stored row and whether its course is complete for its type (the reports count only those). */
    record Stored(CourseRow row, boolean complete) {
    }

    private record Mark(long courseId, long marked) {
    }

    private final JdbcTemplate jdbc;
    private final ReportCells cells;
    private final CourseRowReader reader;
    private final Registries registries;
    private final TransactionTemplate ownTransaction;
    private final boolean enabled;

    ReportRows(JdbcTemplate jdbc, ReportCells cells, CourseRowReader reader, Registries registries,
            PlatformTransactionManager tm, DataSource dataSource,
            @Value("${registry.reports.read-model:true}") boolean readModel) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.reader = reader;
        this.registries = registries;
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = readModel && DatabaseProduct.isPostgres(dataSource);
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Recomputes the rows marked before it started, a batch per transaction, one refresh at a time on every node
     * (an advisory lock): two refreshes at once could otherwise store an older row over a newer one. Returns how
     * many courses it looked at.
     */
    int refresh() {
        Long upTo = jdbc.queryForObject("select max(marked) from report_row_stale", Long.class);
        if (upTo == null) {
            return 0;
        }
        int total = 0;
        while (true) {
            List<Long> ids = jdbc.queryForList("select course_id from report_row_stale where marked <= ? "
                    + "order by marked limit ?", Long.class, upTo, REFRESH_BATCH);
            if (ids.isEmpty()) {
                return total;
            }
            ownTransaction.executeWithoutResult(status -> store(ids));
            total += ids.size();
        }
    }

    /**
     * Marks every course stale and clears every cell when the model's definition changed since it was built: the
     * stored columns' order and kinds, the indicators, a registry's forms per course type, or {@link #VERSION}.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfChanged() {
        if (!enabled) {
            return;
        }
        String fingerprint = fingerprint();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
            List<String> stored = jdbc.queryForList("select fingerprint from report_model", String.class);
            if (stored.equals(List.of(fingerprint))) {
                return;
            }
            jdbc.update("insert into report_row_stale (course_id, marked) select id, nextval('report_row_mark') "
                    + "from course order by id on conflict (course_id) do update set marked = excluded.marked");
            // Cleared, not deleted: a cell's version only grows (the nodes hold parsed tallies by version).
            jdbc.update("update report_cell set version = version + 1, tally = null");
            jdbc.update("delete from report_model");
            jdbc.update("insert into report_model (fingerprint) values (?)", fingerprint);
            log.info("Report read model: its definition changed, every course will be recomputed");
        });
    }

    private String fingerprint() {
        StringBuilder definition = new StringBuilder("v" + VERSION);
        Arrays.stream(ReportColumn.values()).forEach(c -> definition.append(';').append(c).append(':')
                .append(c.kind()));
        Arrays.stream(Indicator.values()).forEach(i -> definition.append(';').append(i));
        registries.all().forEach(r -> {
            definition.append(';').append(r.descriptor().id()).append('=').append(r.courseTypeForm().code());
            for (int type = 0; type < 10; type++) {
                definition.append(',').append(type).append(r.formsOfCourseType(type));
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(definition.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Recomputes these courses' rows under the refresh lock, with their marks read again under it; a mark is deleted
     * only if unchanged (a write committed meanwhile leaves its newer one) and not locked by a writer at that moment
     * (skipped: it stays marked), so a refresh never waits for or deadlocks with a write.
     */
    private void store(List<Long> candidates) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
        List<Mark> marks = jdbc.query("select course_id, marked from report_row_stale where course_id = any(?) "
                + "order by course_id", (rs, i) -> new Mark(rs.getLong(1), rs.getLong(2)),
                (Object) candidates.toArray(Long[]::new));
        if (marks.isEmpty()) {
            return;
        }
        List<Long> ids = marks.stream().map(Mark::courseId).toList();
        List<CourseRowReader.Built> built = reader.built(ids);
        List<ReportCells.Key> changedCells = new ArrayList<>();
        jdbc.query("select registry_id, unit_resh, start_date from report_row where national and start_date is not "
                + "null and course_id = any(?)", rs -> {
                    changedCells.add(new ReportCells.Key(rs.getString(1), rs.getString(2),
                            YearMonth.from(rs.getObject(3, LocalDate.class))));
                }, (Object) ids.toArray(Long[]::new));
        built.stream().filter(b -> b.course().national() && b.course().startDate() != null).forEach(b -> changedCells
                .add(new ReportCells.Key(b.registryId(), b.course().unitResh(), YearMonth.from(b.course()
                        .startDate()))));
        cells.clear(changedCells);
        Set<Long> kept = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (CourseRowReader.Built b : built.stream().sorted(Comparator.comparing(b -> b.course().id())).toList()) {
            kept.add(b.course().id());
            rows.add(new Object[] {b.course().id(), b.registryId(), b.course().unitResh(), b.course().national(),
                b.course().startDate(), b.course().courseType(), String.join(",", b.held()),
                String.join(",", b.finalised()), ReportRowCodec.values(b.row()), ReportRowCodec.extras(b.row())});
        }
        jdbc.batchUpdate("insert into report_row (course_id, registry_id, unit_resh, national, start_date, "
                + "course_type, held_forms, final_forms, row_values, row_extras) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (course_id) do update set registry_id = excluded.registry_id, unit_resh = "
                + "excluded.unit_resh, national = excluded.national, start_date = excluded.start_date, course_type = "
                + "excluded.course_type, held_forms = excluded.held_forms, final_forms = excluded.final_forms, "
                + "row_values = excluded.row_values, row_extras = excluded.row_extras", rows);
        jdbc.batchUpdate("delete from report_row where course_id = ?", ids.stream().filter(id -> !kept.contains(id))
                .map(id -> new Object[] {id}).toList());
        jdbc.update("delete from report_row_stale where course_id in (select s.course_id from report_row_stale s "
                + "join unnest(?::bigint[], ?::bigint[]) as m(course_id, marked) on m.course_id = s.course_id "
                + "and m.marked = s.marked for update of s skip locked)",
                marks.stream().map(Mark::courseId).toArray(Long[]::new),
                marks.stream().map(Mark::marked).toArray(Long[]::new));
    }

    /** The selected rows, page by page (each page its own query, no transaction held between pages). */
    void read(Selection selection, Consumer<List<Stored>> page) {
        RegistryDefinitions definitions = registries.of(selection.registryId());
        Map<String, String> names = reader.unitNames();
        String where = "registry_id = ? and start_date between ? and ?"
                + (selection.nationalOnly() ? " and national" : "")
                + (selection.unitResh() != null ? " and unit_resh = ?" : "");
        List<Object> args = new ArrayList<>(List.of(selection.registryId(), selection.from(), selection.to()));
        if (selection.unitResh() != null) {
            args.add(selection.unitResh());
        }
        LocalDate lastStart = null;
        long lastId = 0;
        while (true) {
            List<Object> pageArgs = new ArrayList<>(args);
            String after = "";
            if (lastStart != null) {
                after = " and (start_date, course_id) > (?, ?)";
                pageArgs.add(lastStart);
                pageArgs.add(lastId);
            }
            pageArgs.add(PAGE);
            List<Object[]> keys = new ArrayList<>();
            List<Stored> rows = jdbc.query("select " + COLUMNS + " from report_row where " + where + after
                    + " order by start_date, course_id limit ?", (rs, i) -> {
                        keys.add(new Object[] {rs.getObject("start_date", LocalDate.class), rs.getLong("course_id")});
                        return stored(rs, definitions, names);
                    }, pageArgs.toArray());
            if (!rows.isEmpty()) {
                page.accept(rows);
                Object[] last = keys.get(keys.size() - 1);
                lastStart = (LocalDate) last[0];
                lastId = (Long) last[1];
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    /** The selected rows: those of complete courses, and (for coverage) every registered one. */
    CourseRowReader.Rows rows(Selection selection) {
        List<CourseRow> complete = new ArrayList<>();
        List<CourseRow> registered = new ArrayList<>();
        read(selection, page -> page.forEach(s -> {
            registered.add(s.row());
            if (s.complete()) {
                complete.add(s.row());
            }
        }));
        return new CourseRowReader.Rows(complete, registered);
    }

    private static Stored stored(ResultSet rs, RegistryDefinitions definitions, Map<String, String> names)
            throws SQLException {
        String unit = rs.getString("unit_resh");
        CourseRow row = ReportRowCodec.row(rs.getString("row_values"), rs.getString("row_extras"), names.get(unit));
        int type = rs.getInt("course_type");
        Integer courseType = rs.wasNull() ? null : type;
        return new Stored(row, CourseRowReader.complete(courseType, codes(rs.getString("final_forms")),
                codes(rs.getString("held_forms")), definitions));
    }

    private static Set<String> codes(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
