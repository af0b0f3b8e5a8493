package no.smertereg.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One course (forløp) as the reports and the export see it: a value (or nothing) per {@link ReportColumn}. Built
 * only by the reader or, in tests, by hand; a value of the wrong type for its column is refused.
 */
public final class CourseRow {

    private final Map<ReportColumn, Object> values;
    private final Map<String, Object> extras;

    private CourseRow(Map<ReportColumn, Object> values, Map<String, Object> extras) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        this.extras = Collections.unmodifiableMap(new TreeMap<>(extras));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Object get(ReportColumn column) {
        return values.get(column);
    }

    public Integer integer(ReportColumn column) {
        return (Integer) values.get(column);
    }

    public LocalDate date(ReportColumn column) {
        return (LocalDate) values.get(column);
    }

    public String text(ReportColumn column) {
        return (String) values.get(column);
    }

    /** True when the column holds exactly this code. */
    public boolean is(ReportColumn column, int code) {
        Integer value = integer(column);
        return value != null && value == code;
    }

    public boolean has(ReportColumn column) {
        return values.get(column) != null;
    }

    public Long courseId() {
        return (Long) values.get(ReportColumn.ForlopsID);
    }

    public String unitResh() {
        return text(ReportColumn.AvdRESH);
    }

    /** The calendar month of StartdatoTO, or null without a start date. */
    public YearMonth month() {
        LocalDate start = date(ReportColumn.StartdatoTO);
        return start == null ? null : YearMonth.from(start);
    }

    public Map<ReportColumn, Object> values() {
        return values;
    }

    /** Answers of forms the codebook does not name (a form added to the diagram), as {@code <code>_<field>}. */
    public Map<String, Object> extras() {
        return extras;
    }

    @Override
    public String toString() {
        return "CourseRow" + values;
    }

    /** Collects the values of one row. */
    public static final class Builder {

        private final Map<ReportColumn, Object> values = new EnumMap<>(ReportColumn.class);
        private final Map<String, Object> extras = new TreeMap<>();

        private Builder() {
        }

        public Builder with(ReportColumn column, Object value) {
            if (value == null) {
                values.remove(column);
                return this;
            }
            Class<?> expected = switch (column.kind()) {
                case ID -> Long.class;
                case INTEGER, CODE -> Integer.class;
                case DECIMAL -> BigDecimal.class;
                case DATE -> LocalDate.class;
                case TEXT -> String.class;
            };
            if (!expected.isInstance(value)) {
                throw new IllegalArgumentException(column + " takes " + expected.getSimpleName() + ", not " + value);
            }
            values.put(column, value);
            return this;
        }

        public Builder extra(String name, Object value) {
            if (value != null) {
                extras.put(name, value);
            }
            return this;
        }

        public CourseRow build() {
            return new CourseRow(values, extras);
        }
    }
}
