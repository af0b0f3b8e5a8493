package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.smertereg.course.CourseReportSource.ReportCourse;
import no.smertereg.course.RegistryScope;
import no.smertereg.eprom.PatientFormFacts.Fact;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.eprom.SmerteregPatientForms;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.SmerteregForms;

/** From answers as the forms module stores them to a row; which courses are complete enough to count. */
class CourseRowMappingTest {

    private static final ReportCourse COURSE = new ReportCourse(11L, 501L, "100082", 7L, RegistryScope.NATIONAL, 3,
            LocalDate.of(2026, 11, 16), 4L);

    private static Map<FormKey, Map<String, Object>> forms() {
        Map<FormKey, Map<String, Object>> forms = new HashMap<>();
        forms.put(SmerteregForms.TO, Map.of("HenvistDato", "2026-11-15", "StartdatoTO", "2026-11-16", "Tilsett", "1",
                "InklKritOppf", "1", "SkriftligSamtyk", "1", "alder", 54L));
        forms.put(SmerteregForms.B11, Map.of("MoEkvivalens", new BigDecimal("30.5"), "SmerteKat", "2"));
        forms.put(SmerteregForms.B12, Map.of("AngiNRS12", "1", "StSmBev12", "99", "Funksjon12", "2"));
        forms.put(SmerteregForms.B21, Map.of("AngiNRS21", "1", "StSmBev21", "3", "Funksjon21", "4"));
        forms.put(SmerteregForms.B22, Map.of("AntPasTils", 4L, "Lege", true, "AntTilsLege", 2L, "IkkeMedBeh", "1",
                "VidereOppf", "1", "BehNedtrappAvsluttTils", "1"));
        return forms;
    }

    @Test
    void courseAndFormValuesLandInTheirColumnsWithTheirTypes() {
        CourseRow row = CourseRowMapping.row(COURSE, "Haukeland", forms(), Map.of());
        assertThat(row.get(ReportColumn.ForlopsID)).isEqualTo(11L);
        assertThat(row.get(ReportColumn.PasientID)).isEqualTo(501L);
        assertThat(row.get(ReportColumn.AvdRESH)).isEqualTo("100082");
        assertThat(row.get(ReportColumn.SykehusNavn)).isEqualTo("Haukeland");
        assertThat(row.get(ReportColumn.InnlAvd)).as("the course's department id").isEqualTo(7L);
        assertThat(row.get(ReportColumn.Lokasjon)).as("the course's location id").isEqualTo(4L);
        assertThat(row.get(ReportColumn.InklusjonStatus)).isEqualTo(1);
        assertThat(row.get(ReportColumn.HenvistDato)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(row.get(ReportColumn.Tilsett)).isEqualTo(1);
        assertThat(row.get(ReportColumn.alder)).isEqualTo(54);
        assertThat(row.get(ReportColumn.MoEkvivalens)).isEqualTo(new BigDecimal("30.5"));
        assertThat(row.get(ReportColumn.StSmBev12)).isEqualTo(99);
        assertThat(row.get(ReportColumn.AntTilsLege)).isEqualTo(2);
        assertThat(row.has(ReportColumn.AntTilsSykPleier)).isFalse();
        assertThat(row.values().keySet()).allMatch(c -> c != null);
    }

    @Test
    void aFormTheCodebookDoesNotName_isExportedAfterTheCodebooksColumns_asCodeAndField() {
        Map<FormKey, Map<String, Object>> forms = forms();
        forms.put(new FormKey("B3", "smertereg-b3", "B3"), Map.of("InnlDiag", "Rygg", "SmerteKat", "2"));

        CourseRow row = CourseRowMapping.row(COURSE, "Haukeland", forms, Map.of());
        String[] header = CourseRowCsv.toCsv(List.of(row)).lines().findFirst().orElseThrow().split(";");

        assertThat(row.extras()).containsExactly(Map.entry("B3_InnlDiag", "Rygg"), Map.entry("B3_SmerteKat", "2"));
        assertThat(header).startsWith(CourseRowCsv.header()).endsWith("B3_InnlDiag", "B3_SmerteKat")
                .hasSize(ReportColumn.values().length + 2);
        assertThat(CourseRowMapping.row(COURSE, "Haukeland", forms(), Map.of()).extras())
                .as("the codebook's forms give no extra columns").isEmpty();
    }

    @Test
    void journalnotatIsZeroWhenItsQuestionWasShownButNotTicked_emptyWhenHidden() {
        Map<FormKey, Map<String, Object>> forms = forms();
        assertThat(CourseRowMapping.row(COURSE, "x", forms, Map.of()).get(ReportColumn.Journalnotat)).isEqualTo(0);
        forms.put(SmerteregForms.B22, Map.of("BehNedtrappAvsluttTils", "1", "Journalnotat", true));
        assertThat(CourseRowMapping.row(COURSE, "x", forms, Map.of()).get(ReportColumn.Journalnotat)).isEqualTo(1);
        forms.put(SmerteregForms.B22, Map.of("BehNedtrappAvsluttTils", "0"));
        assertThat(CourseRowMapping.row(COURSE, "x", forms, Map.of()).has(ReportColumn.Journalnotat)).isFalse();
    }

    @Test
    void patientFormsGiveCompletionFlagReasonAndAnswersOnlyWhenAnswered() {
        Map<PatientFormType, Fact> facts = Map.of(
                SmerteregPatientForms.EVAL, new Fact(11L, SmerteregPatientForms.EVAL, true, true, null, Map.of("EvalSpm3", "4"), true),
                SmerteregPatientForms.HADS, new Fact(11L, SmerteregPatientForms.HADS, false, true, 7, Map.of(), true),
                SmerteregPatientForms.PASREG, new Fact(11L, SmerteregPatientForms.PASREG, false, false, null, Map.of(), false));
        CourseRow row = CourseRowMapping.row(COURSE, "x", forms(), facts);
        assertThat(row.get(ReportColumn.PasdelUtfylEval)).isEqualTo(1);
        assertThat(row.get(ReportColumn.EvalSpm3)).isEqualTo(4);
        assertThat(row.has(ReportColumn.AarsakmanglUfylEval)).isFalse();
        assertThat(row.get(ReportColumn.PasDelUtf)).isEqualTo(0);
        assertThat(row.get(ReportColumn.GrManglUtfylHADS)).isEqualTo(7);
        assertThat(row.has(ReportColumn.PasDelUfylPR)).as("planned, not sent").isFalse();
        assertThat(row.has(ReportColumn.PasdelUtfylOpioid)).as("no Opioid form").isFalse();
    }

    @Test
    void aCourseCountsWhenTheFormsOfItsTypeAreFinalised() {
        ReportCourse type1 = new ReportCourse(1L, 1L, "100082", null, RegistryScope.LOCAL, 1, null, null);
        ReportCourse type3 = COURSE;
        ReportCourse toOpen = new ReportCourse(2L, 1L, "100082", null, RegistryScope.LOCAL, null, null, null);
        Set<FormKey> all = Set.copyOf(SmerteregForms.DEFINITIONS.clinicianForms());
        assertThat(complete(type1, Set.of(SmerteregForms.TO, SmerteregForms.B11), all,
                SmerteregForms.DEFINITIONS)).isTrue();
        assertThat(complete(type1, Set.of(SmerteregForms.TO), all, SmerteregForms.DEFINITIONS))
                .isFalse();
        assertThat(complete(type3, Set.of(SmerteregForms.TO, SmerteregForms.B11, SmerteregForms.B12,
                SmerteregForms.B21), all, SmerteregForms.DEFINITIONS)).as("B2.2 not finalised").isFalse();
        assertThat(complete(type3, all, all, SmerteregForms.DEFINITIONS)).isTrue();
        assertThat(complete(toOpen, Set.of(), all, SmerteregForms.DEFINITIONS)).isFalse();
    }

    @Test
    void aFormAddedToTheDiagramLater_isNotAskedOfTheCoursesRegisteredBeforeIt() {
        Set<FormKey> before = Set.of(SmerteregForms.TO, SmerteregForms.B11, SmerteregForms.B12);
        ReportCourse type3 = COURSE;
        assertThat(complete(type3, before, before, SmerteregForms.DEFINITIONS)).isTrue();
        assertThat(complete(type3, Set.of(SmerteregForms.TO, SmerteregForms.B11), before,
                SmerteregForms.DEFINITIONS)).isFalse();
    }

    /** The reader's rule, with the forms as keys. */
    private static boolean complete(ReportCourse course, Set<FormKey> finalised, Set<FormKey> held,
            no.smertereg.forms.RegistryDefinitions definitions) {
        return CourseRowReader.complete(course.courseType(), codes(finalised), codes(held), definitions);
    }

    private static Set<String> codes(Set<FormKey> keys) {
        return keys.stream().map(FormKey::code).collect(java.util.stream.Collectors.toSet());
    }
}
