package no.smertereg.course;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import no.smertereg.shared.DatabaseProduct;

/**
 * One page of a worklist's active courses, filtered, sorted and counted in the database (indexes of V10, V31, V32 and V32_1), so
 * a view costs about the same with a hundred active courses as with a hundred thousand; the page's courses and their
 * count come in one statement.
 */
@Component
class WorklistQuery {

    /** A page's row: the course, and the number of courses in the whole list ({@link Course}'s result mapping). */
    static final String PAGE = "WorklistPage";

    /**
     * Which courses of the registry: those of the units, and (SC) the national registry's, optionally of one unit or
     * course type, optionally only those with an unfinished clinician form ({@code unfinishedBy}: saved last by
     * that user; {@link #ANY_USER}: by anyone), or only those without activity since {@code quietSince}
     * ({@link InactiveCourses}).
     */
    record Selection(String registryId, Set<String> units, boolean national, String onlyUnit, Integer courseType,
            String unfinishedBy, java.time.Instant quietSince) {
    }

    static final String ANY_USER = "*";

    record Slice(List<Course> courses, long total) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;
    @PersistenceContext
    private EntityManager entities;

    WorklistQuery(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = DatabaseProduct.isPostgres(dataSource);
    }

    Slice page(Selection selection, WorklistService.Sort sort, boolean descending, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(selection, parameters);
        if (where == null) {
            return new Slice(List.of(), 0);
        }
        boolean perDepartment = perDepartment(postgres, selection, sort);
        Query select = entities.createNativeQuery(pageSql(where, sort, descending, perDepartment), PAGE);
        parameters.getValues().forEach(select::setParameter);
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        if (perDepartment) {
            select.setParameter("depth", (long) (page + 1) * size);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty()) {
            return new Slice(List.of(), page == 0 ? 0 : jdbc.queryForObject(count(where), parameters, Long.class));
        }
        return new Slice(rows.stream().map(row -> (Course) row[0]).toList(), ((Number) rows.get(0)[1]).longValue());
    }

    /** By department, one unit's list on PostgreSQL reads each department's first courses ({@link #byDepartment}). */
    static boolean perDepartment(boolean postgres, Selection selection, WorklistService.Sort sort) {
        return postgres && sort == WorklistService.Sort.DEPARTMENT && !selection.national()
                && selection.units().size() == 1;
    }

    /**
     * The page's courses with the list's count: {@code :limit}, {@code :offset} and, per department, {@code :depth}
     * (how many of each department's courses the page reaches) besides the selection's parameters.
     */
    static String pageSql(String where, WorklistService.Sort sort, boolean descending, boolean perDepartment) {
        String direction = descending ? " desc" : " asc";
        String order = switch (sort) {
            // The orders of ix_course_worklist_start (V31) and ix_course_worklist_consent (V32_1), read forwards or
            // backwards: for one unit without other filters the page's ids come from the index alone.
            case STARTDATE -> "c.start_date" + direction + (descending ? " nulls last" : " nulls first") + ", c.id"
                    + direction;
            case CONSENT -> "coalesce(c.consent, false)" + direction + ", c.id" + direction;
            case DEPARTMENT -> "lower(d.name)" + direction + ", c.id";
        };
        String department = sort == WorklistService.Sort.DEPARTMENT ? " join department d on d.id = c.department_id"
                : "";
        String ids = perDepartment ? byDepartment(where, order)
                : "select c.id, (" + count(where) + ") as worklist_total from course c" + department + " where "
                        + where + " order by " + order + " limit :limit offset :offset";
        return "select c.*, p.worklist_total from (" + ids + ") p join course c on c.id = p.id" + department
                + " order by " + order;
    }

    private static String count(String where) {
        return "select count(*) from course c where " + where;
    }

    /**
     * One unit's list by department name: each department's first courses by id (ix_course_worklist_department, V32),
     * as many as the page reaches, merged by name. A course among the list's first n is among its department's first
     * n, since every course before it in the list has a name before its own or the same name and a lower id. (For
     * several units or the national registry the index has no order to give; those lists are sorted whole, and so is
     * every list on H2, which has no lateral join.)
     */
    private static String byDepartment(String where, String order) {
        return "select c.id, (" + count(where) + ") as worklist_total from department d cross join lateral (select c.id "
                + "from course c where c.department_id = d.id and " + where + " order by c.id limit :depth) c "
                + "order by " + order + " limit :limit offset :offset";
    }

    static String where(Selection selection, MapSqlParameterSource parameters) {
        StringBuilder scope = new StringBuilder();
        if (!selection.units().isEmpty()) {
            scope.append("c.unit_resh in (:units)");
            parameters.addValue("units", List.copyOf(selection.units()));
        }
        if (selection.national()) {
            scope.append(scope.isEmpty() ? "" : " or ").append("(c.registry = 'NATIONAL'");
            if (selection.onlyUnit() != null) {
                scope.append(" and c.unit_resh = :onlyUnit");
                parameters.addValue("onlyUnit", selection.onlyUnit());
            }
            scope.append(')');
        }
        if (scope.isEmpty()) {
            return null;
        }
        String where = "c.status = 'ACTIVE' and c.registry_id = :registryId and (" + scope + ")";
        parameters.addValue("registryId", selection.registryId());
        if (selection.courseType() != null) {
            where += " and c.course_type = :courseType";
            parameters.addValue("courseType", selection.courseType());
        }
        if (ANY_USER.equals(selection.unfinishedBy())) {
            where += " and exists (select 1 from form_instance f where f.course_id = c.id and f.state = 'IN_PROGRESS')";
        } else if (selection.unfinishedBy() != null) {
            where += " and c.id in (select f.course_id from form_instance f where f.saved_by = :savedBy"
                    + " and f.state = 'IN_PROGRESS')";
            parameters.addValue("savedBy", selection.unfinishedBy());
        }
        if (selection.quietSince() != null) {
            where += " and " + InactiveCourses.QUIET;
            parameters.addValue(InactiveCourses.SINCE, java.sql.Timestamp.from(selection.quietSince()));
        }
        return where;
    }
}
