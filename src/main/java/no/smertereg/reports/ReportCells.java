package no.smertereg.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model's national cells (ADR 0020): per registry, unit and calendar month of the course's start, the
 * {@link NationalTally} of its complete national courses. {@link ReportRows} clears a cell whenever one of its rows
 * changes; a report recomputes the cleared cells of its period and keeps them, unless a row changed meanwhile (the
 * cell's version moved). A period's days outside whole months are tallied from their rows. Each node keeps the
 * tallies it parsed or computed by their version (a cell's version only grows, so a held tally of the cell's current
 * version is that cell's tally); only the others are read and parsed.
 */
@Service
class ReportCells {

    /** A cell: a registry's unit and month. */
    record Key(String registryId, String unitResh, YearMonth month) {
    }

    /** A unit's tally of some of a period's courses (a cell, or the days outside whole months). */
    record Piece(String unitResh, NationalTally tally) {
    }

    /** Cells' tallies as parsed on this node, by the version they were read or computed at: never changed. */
    private record Parsed(long version, NationalTally tally) {
    }

    private static final int MAX_PARSED = 20_000;

    private final Map<Key, Parsed> parsed = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ReportCells(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Clears these cells (in the caller's transaction, in key order so that two callers never deadlock). */
    void clear(Collection<Key> keys) {
        List<Object[]> args = keys.stream().distinct().sorted(Comparator.comparing(Key::registryId)
                .thenComparing(Key::unitResh).thenComparing(Key::month))
                .map(k -> new Object[] {k.registryId(), k.unitResh(), k.month().atDay(1)}).toList();
        jdbc.batchUpdate("insert into report_cell (registry_id, unit_resh, start_month, version, tally) "
                + "values (?, ?, ?, 1, null) on conflict (registry_id, unit_resh, start_month) do update "
                + "set version = report_cell.version + 1, tally = null", args);
    }

    /**
     * The tallies of the registry's complete national courses started in [from, to], per unit and part of the
     * period: the kept cells of the whole months, the cleared ones recomputed, the days before and after them from
     * their rows.
     */
    List<Piece> pieces(ReportRows rows, String registryId, LocalDate from, LocalDate to) {
        List<Piece> units = new ArrayList<>();
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        if (first.isAfter(last)) {
            addRows(units, rows, registryId, from, to);
            return units;
        }
        if (from.isBefore(first.atDay(1))) {
            addRows(units, rows, registryId, from, first.atDay(1).minusDays(1));
        }
        if (to.isAfter(last.atEndOfMonth())) {
            addRows(units, rows, registryId, last.plusMonths(1).atDay(1), to);
        }
        record Cell(String unit, LocalDate month, long version, boolean cleared) {
        }
        List<Cell> cells = jdbc.query("select unit_resh, start_month, version, tally is null from report_cell where "
                + "registry_id = ? and start_month between ? and ? order by unit_resh, start_month",
                (rs, i) -> new Cell(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getBoolean(4)), registryId, first.atDay(1), last.atDay(1));
        List<Cell> toRead = cells.stream().filter(c -> !c.cleared() && parsed(registryId, c.unit(), c.month(),
                c.version()) == null).toList();
        if (!toRead.isEmpty()) {
            jdbc.query("select c.unit_resh, c.start_month, c.version, c.tally from report_cell c "
                    + "join unnest(?::varchar[], ?::date[], ?::bigint[]) as w(unit_resh, start_month, version) "
                    + "on w.unit_resh = c.unit_resh "
                    + "and w.start_month = c.start_month and w.version = c.version where c.registry_id = ? "
                    + "and c.tally is not null", rs -> {
                        keep(new Key(registryId, rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))),
                                rs.getLong(3), NationalTally.fromJson(rs.getString(4)));
                    }, toRead.stream().map(Cell::unit).toArray(String[]::new),
                    toRead.stream().map(Cell::month).toArray(LocalDate[]::new),
                    toRead.stream().map(Cell::version).toArray(Long[]::new), registryId);
        }
        for (Cell cell : cells) {
            NationalTally tally = parsed(registryId, cell.unit(), cell.month(), cell.version());
            if (tally == null) {
                // cleared, or its version moved since the first query: computed from its rows now
                tally = recomputed(rows, registryId, cell.unit(), YearMonth.from(cell.month()), cell.version());
            }
            units.add(new Piece(cell.unit(), tally));
        }
        return units;
    }

    /** Computes and keeps every cleared cell (the background refresh), returning how many. */
    int recomputeCleared(ReportRows rows) {
        List<Object[]> cleared = jdbc.query("select registry_id, unit_resh, start_month, version from report_cell "
                + "where tally is null order by registry_id, unit_resh, start_month",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    rs.getLong(4)});
        for (Object[] cell : cleared) {
            recomputed(rows, (String) cell[0], (String) cell[1], YearMonth.from((LocalDate) cell[2]), (Long) cell[3]);
        }
        return cleared.size();
    }

    private NationalTally recomputed(ReportRows rows, String registryId, String unit, YearMonth month,
            long version) {
        NationalTally tally = tally(rows, new ReportRows.Selection(registryId, true, unit, month.atDay(1),
                month.atEndOfMonth()));
        keep(new Key(registryId, unit, month), version, tally);
        // Kept at once in a transaction of its own: the cell is not locked while the rest of the report is made.
        ownTransaction.executeWithoutResult(status -> jdbc.update("update report_cell set tally = ? where "
                + "registry_id = ? and unit_resh = ? and start_month = ? and version = ?", tally.json(), registryId,
                unit, month.atDay(1), version));
        return tally;
    }

    /** The tally this node holds for the cell at this version, or null. */
    private NationalTally parsed(String registryId, String unit, LocalDate month, long version) {
        Parsed held = parsed.get(new Key(registryId, unit, YearMonth.from(month)));
        return held != null && held.version() == version ? held.tally() : null;
    }

    /** Holds a tally by the version it belongs to (a cell's version only grows); forgets all beyond a bound. */
    private void keep(Key key, long version, NationalTally tally) {
        if (parsed.size() >= MAX_PARSED) {
            parsed.clear();
        }
        parsed.merge(key, new Parsed(version, tally), (old, now) -> now.version() >= old.version() ? now : old);
    }

    private static void addRows(List<Piece> units, ReportRows rows, String registryId,
            LocalDate from, LocalDate to) {
        Map<String, List<CourseRow>> byUnit = new TreeMap<>();
        rows.read(new ReportRows.Selection(registryId, true, null, from, to), page -> page.stream()
                .filter(ReportRows.Stored::complete).forEach(s -> byUnit.computeIfAbsent(s.row().unitResh(),
                        u -> new ArrayList<>()).add(s.row())));
        byUnit.forEach((unit, unitRows) -> units.add(new Piece(unit, NationalTally.of(unitRows))));
    }

    private static NationalTally tally(ReportRows rows, ReportRows.Selection selection) {
        List<CourseRow> complete = new ArrayList<>();
        rows.read(selection, page -> page.stream().filter(ReportRows.Stored::complete)
                .forEach(s -> complete.add(s.row())));
        return NationalTally.of(complete);
    }
}
