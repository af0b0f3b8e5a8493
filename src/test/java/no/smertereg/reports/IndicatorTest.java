package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.AkseptabelSmerte12;
import static no.smertereg.reports.ReportColumn.AkseptabelSmerte21;
import static no.smertereg.reports.ReportColumn.AngiNRS12;
import static no.smertereg.reports.ReportColumn.AngiNRS21;
import static no.smertereg.reports.ReportColumn.AntPasTils;
import static no.smertereg.reports.ReportColumn.AntTilsFysioT;
import static no.smertereg.reports.ReportColumn.AntTilsLege;
import static no.smertereg.reports.ReportColumn.AntTilsPsyk;
import static no.smertereg.reports.ReportColumn.AntTilsSosio;
import static no.smertereg.reports.ReportColumn.AntTilsSykPleier;
import static no.smertereg.reports.ReportColumn.BehNedtrappAvsluttTils;
import static no.smertereg.reports.ReportColumn.EvalSpm3;
import static no.smertereg.reports.ReportColumn.Funksjon12;
import static no.smertereg.reports.ReportColumn.Funksjon21;
import static no.smertereg.reports.ReportColumn.HenvistDato;
import static no.smertereg.reports.ReportColumn.IkkeMedBeh;
import static no.smertereg.reports.ReportColumn.Journalnotat;
import static no.smertereg.reports.ReportColumn.StSmBev12;
import static no.smertereg.reports.ReportColumn.StSmBev21;
import static no.smertereg.reports.ReportColumn.StSmRo12;
import static no.smertereg.reports.ReportColumn.StSmRo21;
import static no.smertereg.reports.ReportColumn.StartdatoTO;
import static no.smertereg.reports.ReportColumn.SvSmBev12;
import static no.smertereg.reports.ReportColumn.SvSmBev21;
import static no.smertereg.reports.ReportColumn.SvSmRo12;
import static no.smertereg.reports.ReportColumn.SvSmRo21;
import static no.smertereg.reports.ReportColumn.Tilsett;
import static no.smertereg.reports.ReportColumn.VidereOppf;
import static no.smertereg.reports.Rows.date;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every indicator over hand-built courses, with the expected numerator and denominator written out per course
 * (codebook §4 and §6). No Spring context.
 */
class IndicatorTest {

    private static Count local(Indicator indicator, CourseRow... rows) {
        return Indicators.count(List.of(rows), indicator, Variant.LOCAL);
    }

    private static Count national(Indicator indicator, CourseRow... rows) {
        return Indicators.count(List.of(rows), indicator, Variant.NATIONAL);
    }

    @Test
    void multiProfessionCountsFiveProfessionsByNotNullAndLocallyOnlyCoursesWithVisits() {
        CourseRow[] rows = {
            row(AntPasTils, 3, AntTilsLege, 2, AntTilsSykPleier, 1),        // 2 professions, visits: num+den both
            row(AntPasTils, 2, AntTilsLege, 4),                             // 1 profession: den both
            row(AntPasTils, 1, AntTilsPsyk, 0, AntTilsSosio, 0),            // stored 0s count ("not null"): num both
            row(AntPasTils, 0, AntTilsFysioT, 1, AntTilsLege, 1),           // no visits: national num+den, local out
            row(AntTilsLege, 1, AntTilsSykPleier, 1),                       // AntPasTils missing: national only
            row(AntPasTils, 5),                                             // nobody: den both
        };
        assertThat(local(Indicator.MULTI_PROFESSION, rows)).isEqualTo(new Count(2, 4));
        assertThat(national(Indicator.MULTI_PROFESSION, rows)).isEqualTo(new Count(4, 6));
    }

    @Test
    void multiProfessionIgnoresProfessionsOutsideTheFive() {
        // Only two of the five columns exist in the row type; KonfLege, AmbLege, Prest are not columns at all.
        assertThat(Indicator.PROFESSIONS).containsExactly(AntTilsLege, AntTilsSykPleier, AntTilsPsyk, AntTilsFysioT,
                AntTilsSosio);
        assertThat(local(Indicator.MULTI_PROFESSION, row(AntPasTils, 1, AntTilsLege, 3))).isEqualTo(new Count(0, 1));
    }

    @Test
    void sameDayIsPlainDateEqualityLocallyOnlyWithVisits() {
        CourseRow[] rows = {
            row(AntPasTils, 1, HenvistDato, date("2026-01-15"), StartdatoTO, date("2026-01-15")),   // num+den both
            row(AntPasTils, 2, HenvistDato, date("2026-01-14"), StartdatoTO, date("2026-01-15")),   // den both
            row(AntPasTils, 0, HenvistDato, date("2026-01-15"), StartdatoTO, date("2026-01-15")),   // national only
            row(HenvistDato, date("2026-01-10"), StartdatoTO, date("2026-01-15")),                   // national den
        };
        assertThat(local(Indicator.SAME_DAY, rows)).isEqualTo(new Count(1, 2));
        assertThat(national(Indicator.SAME_DAY, rows)).isEqualTo(new Count(2, 4));
    }

    @Test
    void satisfiedIsFourOrFiveAndNineStaysInTheDenominator() {
        CourseRow[] rows = {
            row(EvalSpm3, 5), row(EvalSpm3, 4),      // num+den
            row(EvalSpm3, 3), row(EvalSpm3, 1),      // den
            row(EvalSpm3, 9),                        // "Vet ikke": den (codebook keeps it)
            row(),                                   // no Eval answer: out
        };
        assertThat(local(Indicator.SATISFIED, rows)).isEqualTo(new Count(2, 5));
        assertThat(national(Indicator.SATISFIED, rows)).isEqualTo(new Count(2, 5));
    }

    @Test
    void nrsDecreaseExcludes99AndMissingAndLeavesUnchangedOutOnlyLocally() {
        CourseRow[] rows = {
            row(StSmBev12, 8, StSmBev21, 3),         // decrease: num+den both
            row(StSmBev12, 1, StSmBev21, 0),         // decrease by one: num+den both
            row(StSmBev12, 4, StSmBev21, 6),         // increase: den both
            row(StSmBev12, 5, StSmBev21, 5),         // unchanged: national den only
            row(StSmBev12, 0, StSmBev21, 0),         // unchanged at 0: national den only
            row(StSmBev12, 99, StSmBev21, 2),        // 99 "Vet ikke" first: out (not a drop of 97)
            row(StSmBev12, 7, StSmBev21, 99),        // 99 last: out
            row(StSmBev12, 7),                       // no last supervision: out
            row(StSmBev21, 7),                       // no first supervision: out
        };
        assertThat(local(Indicator.NRS_ST_BEV, rows)).isEqualTo(new Count(2, 3));
        assertThat(national(Indicator.NRS_ST_BEV, rows)).isEqualTo(new Count(2, 5));
    }

    @Test
    void eachNrsPairIsHandledOnItsOwn() {
        CourseRow course = row(StSmBev12, 6, StSmBev21, 2, SvSmBev12, 3, SvSmBev21, 3, StSmRo12, 99, StSmRo21, 1,
                SvSmRo12, 2, SvSmRo21, 4);
        assertThat(local(Indicator.NRS_ST_BEV, course)).isEqualTo(new Count(1, 1));
        assertThat(local(Indicator.NRS_SV_BEV, course)).isEqualTo(new Count(0, 0));
        assertThat(national(Indicator.NRS_SV_BEV, course)).isEqualTo(new Count(0, 1));
        assertThat(local(Indicator.NRS_ST_RO, course)).isEqualTo(new Count(0, 0));
        assertThat(national(Indicator.NRS_ST_RO, course)).isEqualTo(new Count(0, 0));
        // SvSmRo: the decrease is taken from the rest values, not from motion (the -ny version's svbe bug).
        assertThat(national(Indicator.NRS_SV_RO, course)).isEqualTo(new Count(0, 1));
    }

    @Test
    void nonDrugTreatmentLocallyZeroOrOneNationallyNineIncludedBothAmongTheSeen() {
        CourseRow[] rows = {
            row(Tilsett, 1, IkkeMedBeh, 1),          // num+den both
            row(Tilsett, 1, IkkeMedBeh, 0),          // den both
            row(Tilsett, 1, IkkeMedBeh, 9),          // national den only
            row(Tilsett, 1),                         // not answered: out
            row(Tilsett, 2, IkkeMedBeh, 1),          // not seen: out in both
        };
        assertThat(local(Indicator.NON_DRUG, rows)).isEqualTo(new Count(1, 2));
        assertThat(national(Indicator.NON_DRUG, rows)).isEqualTo(new Count(1, 3));
    }

    @Test
    void taperingPlanCountsOnlyAPlanInTheRecord() {
        CourseRow[] rows = {
            row(VidereOppf, 1, BehNedtrappAvsluttTils, 1, Journalnotat, 1),   // num+den both
            row(VidereOppf, 1, BehNedtrappAvsluttTils, 1, Journalnotat, 0),   // den both
            row(VidereOppf, 1, BehNedtrappAvsluttTils, 1),                    // Journalnotat empty: local den only
            row(VidereOppf, 0, BehNedtrappAvsluttTils, 1, Journalnotat, 1),   // no follow-up: out
            row(VidereOppf, 1, BehNedtrappAvsluttTils, 9),                    // tapering need unknown: out
            row(VidereOppf, 9, BehNedtrappAvsluttTils, 1, Journalnotat, 1),   // follow-up unknown: out
        };
        assertThat(local(Indicator.TAPERING_PLAN, rows)).isEqualTo(new Count(1, 3));
        assertThat(national(Indicator.TAPERING_PLAN, rows)).isEqualTo(new Count(1, 2));
    }

    @Test
    void acceptablePainAtTheLastSupervisionKeepsNineInTheDenominator() {
        CourseRow[] rows = {
            row(AkseptabelSmerte21, 1, AkseptabelSmerte12, 0),   // last: num+den; first: den
            row(AkseptabelSmerte21, 0, AkseptabelSmerte12, 1),   // last: den; first: num+den
            row(AkseptabelSmerte21, 9),                          // last: den ("Vet ikke" kept); first: out
            row(AkseptabelSmerte12, 9),                          // last: out; first: den
        };
        assertThat(local(Indicator.ACCEPTABLE_PAIN, rows)).isEqualTo(new Count(1, 3));
        assertThat(national(Indicator.ACCEPTABLE_PAIN, rows)).isEqualTo(new Count(1, 3));
        assertThat(local(Indicator.ACCEPTABLE_PAIN_FIRST, rows)).isEqualTo(new Count(1, 3));
    }

    @Test
    void improvedFunctionIsAnyStepUpAndNineIsExcluded() {
        CourseRow[] rows = {
            row(Funksjon12, 1, Funksjon21, 2),       // +1: num+den
            row(Funksjon12, 1, Funksjon21, 5),       // +4: num+den (the R local figure's "== 1" would miss it)
            row(Funksjon12, 3, Funksjon21, 3),       // unchanged: den (both variants)
            row(Funksjon12, 4, Funksjon21, 2),       // worse: den
            row(Funksjon12, 9, Funksjon21, 5),       // 9 "Ukjent": out
            row(Funksjon12, 2, Funksjon21, 9),       // 9: out
            row(Funksjon12, 2),                      // missing last: out
        };
        assertThat(local(Indicator.IMPROVED_FUNCTION, rows)).isEqualTo(new Count(2, 4));
        assertThat(national(Indicator.IMPROVED_FUNCTION, rows)).isEqualTo(new Count(2, 4));
    }

    @Test
    void nrsReportedAmongTheSeenAskedAtBothSupervisions() {
        CourseRow[] rows = {
            row(Tilsett, 1, AngiNRS12, 1, AngiNRS21, 1),     // num+den
            row(Tilsett, 1, AngiNRS12, 1, AngiNRS21, 3),     // "Ikke spurt" last: den
            row(Tilsett, 1, AngiNRS12, 3, AngiNRS21, 3),     // den
            row(Tilsett, 1, AngiNRS12, 0, AngiNRS21, 1),     // "Nei" first: out
            row(Tilsett, 1, AngiNRS12, 2, AngiNRS21, 1),     // "Ikke aktuelt": out
            row(Tilsett, 1, AngiNRS12, 1),                   // no last supervision: out
            row(Tilsett, 2, AngiNRS12, 1, AngiNRS21, 1),     // not seen: out
        };
        assertThat(local(Indicator.NRS_REPORTED, rows)).isEqualTo(new Count(1, 3));
        assertThat(national(Indicator.NRS_REPORTED, rows)).isEqualTo(new Count(1, 3));
    }

    @Test
    void aCourseWithoutVisitFormsCountsOnlyWhereItsDenominatorIsEveryCourse() {
        CourseRow notSeen = row(Tilsett, 2, HenvistDato, date("2026-01-15"));
        assertThat(Indicators.totals(List.of(notSeen), Variant.LOCAL).values())
                .allSatisfy(count -> assertThat(count).isEqualTo(Count.ZERO));
        assertThat(national(Indicator.MULTI_PROFESSION, notSeen)).isEqualTo(new Count(0, 1));
        assertThat(national(Indicator.SAME_DAY, notSeen)).isEqualTo(new Count(1, 1));
        assertThat(Indicators.totals(List.of(notSeen), Variant.NATIONAL)).allSatisfy((indicator, count) -> {
            if (indicator != Indicator.MULTI_PROFESSION && indicator != Indicator.SAME_DAY) {
                assertThat(count).isEqualTo(Count.ZERO);
            }
        });
    }
}
