package no.smertereg.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.smertereg.course.CourseReportSource.ReportCourse;
import no.smertereg.eprom.PatientFormFacts.Fact;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.forms.FormKey;

/**
 * From stored answers (codes as strings, numbers, dates as yyyy-MM-dd, checkboxes as booleans) to a row. Each
 * column reads the form key of its own name. Patient forms give the codebook's completion flag (1 answered, 0 sent
 * or closed without an answer, empty when not sent) and reason code (§3, ePROM life cycle).
 */
final class CourseRowMapping {

    /** "Pasientdel utfylt" of Pasreg, HADS, Eval and Opioid. */
    static final Set<ReportColumn> COMPLETION_FLAGS = EnumSet.of(ReportColumn.PasDelUfylPR, ReportColumn.PasDelUtf,
            ReportColumn.PasdelUtfylEval, ReportColumn.PasdelUtfylOpioid);
    /** The reason a patient form was not completed, of the same four. */
    static final Set<ReportColumn> REASONS = EnumSet.of(ReportColumn.GrManglUtfylPR, ReportColumn.GrManglUtfylHADS,
            ReportColumn.AarsakmanglUfylEval, ReportColumn.AarsakmanglUtfylOpioid);

    static final Set<String> CODEBOOK_FORMS = Arrays.stream(ReportColumn.Source.values())
            .map(Enum::name).collect(Collectors.toSet());

    private CourseRowMapping() {
    }

    static CourseRow row(ReportCourse course, String unitName, Map<FormKey, Map<String, Object>> finalised,
            Map<PatientFormType, Fact> patientForms) {
        return row(course, unitName, false, finalised, patientForms);
    }

    static CourseRow row(ReportCourse course, String unitName, boolean reserved,
            Map<FormKey, Map<String, Object>> finalised, Map<PatientFormType, Fact> patientForms) {
        CourseRow.Builder row = CourseRow.builder();
        for (ReportColumn column : ReportColumn.values()) {
            row.with(column, column == ReportColumn.Reservasjonsstatus ? Integer.valueOf(reserved ? 1 : 0)
                    : value(column, course, unitName, finalised, patientForms));
        }
        finalised.forEach((form, answers) -> extras(row, form.code(), answers));
        patientForms.forEach((form, fact) -> extras(row, form.code(), fact.answers()));
        return row.build();
    }

    /** A form the codebook does not name is exported after the codebook's columns, a column per answer. */
    private static void extras(CourseRow.Builder row, String form, Map<String, Object> answers) {
        if (CODEBOOK_FORMS.contains(form) || answers == null) {
            return;
        }
        answers.forEach((field, value) -> row.extra(form + "_" + field, value instanceof Collection<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList()) : value));
    }

    private static Object value(ReportColumn column, ReportCourse course, String unitName,
            Map<FormKey, Map<String, Object>> finalised, Map<PatientFormType, Fact> patientForms) {
        if (column.source() == ReportColumn.Source.COURSE) {
            return courseValue(column, course, unitName);
        }
        String form = column.source().name();
        Map<String, Object> answers = byCode(finalised, FormKey::code, form);
        if (answers != null) {
            return column == ReportColumn.Journalnotat ? journalnotat(answers) : answer(column, answers);
        }
        return patientForm(column, byCode(patientForms, PatientFormType::code, form));
    }

    /** The codebook names each column's form by its code ("B22", "HADS"). */
    private static <K, V> V byCode(Map<K, V> values, Function<K, String> code, String form) {
        for (Map.Entry<K, V> entry : values.entrySet()) {
            if (code.apply(entry.getKey()).equals(form)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static Object courseValue(ReportColumn column, ReportCourse course, String unitName) {
        return switch (column) {
            case ForlopsID -> course.id();
            case PasientID -> course.pid();
            case AvdRESH -> course.unitResh();
            case SykehusNavn -> unitName;
            case Lokasjon -> course.locationId();
            case InnlAvd -> course.departmentId();
            case InklusjonStatus -> course.national() ? 1 : 0;
            default -> throw new IllegalStateException("no course value " + column);
        };
    }

    /** The checkbox is 0 or 1 while its question was shown (BehNedtrappAvsluttTils = 1), else empty (as in OQR). */
    private static Integer journalnotat(Map<String, Object> b22) {
        if (b22 == null || !"1".equals(String.valueOf(b22.get("BehNedtrappAvsluttTils")))) {
            return null;
        }
        return Boolean.TRUE.equals(b22.get(ReportColumn.Journalnotat.name())) ? 1 : 0;
    }

    private static Object patientForm(ReportColumn column, Fact fact) {
        if (fact == null) {
            return null;
        }
        if (COMPLETION_FLAGS.contains(column)) {
            return fact.answered() ? Integer.valueOf(1) : fact.sent() ? Integer.valueOf(0) : null;
        }
        if (REASONS.contains(column)) {
            return fact.answered() ? null : fact.reasonCode();
        }
        return convert(column, fact.answers().get(column.name()));
    }

    private static Object answer(ReportColumn column, Map<String, Object> answers) {
        return answers == null ? null : convert(column, answers.get(column.name()));
    }

    static Object convert(ReportColumn column, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        return switch (column.kind()) {
            case ID -> Long.valueOf(raw.toString());
            case INTEGER, CODE -> raw instanceof Boolean b ? Integer.valueOf(b ? 1 : 0)
                    : Integer.valueOf(new BigDecimal(raw.toString()).intValueExact());
            case DECIMAL -> new BigDecimal(raw.toString());
            case DATE -> LocalDate.parse(raw.toString());
            case TEXT -> raw.toString();
        };
    }
}
