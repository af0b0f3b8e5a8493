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

import java.util.List;
import java.util.Objects;

/**
 * The SmerteReg quality indicators, defined from the registry codebook §4 and the traps of §6 (not from the R
 * code's bugs, §6.13). One course counts once per indicator: {@link Outcome#OUT} (not in the denominator),
 * {@link Outcome#NO} (denominator only) or {@link Outcome#YES} (numerator and denominator).
 */
public enum Indicator {
    /** 1: ≥2 of exactly five professions with a count (tested "not null", so a stored 0 would count). */
    MULTI_PROFESSION("1") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            if (v == Variant.LOCAL && !positive(r, AntPasTils)) {
                return Outcome.OUT;
            }
            long professions = PROFESSIONS.stream().filter(r::has).count();
            return Outcome.of(professions >= 2);
        }
    },
    /** 2: seen the day of referral, plain date equality HenvistDato == StartdatoTO. */
    SAME_DAY("2") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            if (v == Variant.LOCAL && !positive(r, AntPasTils)) {
                return Outcome.OUT;
            }
            return Outcome.of(r.has(HenvistDato) && Objects.equals(r.date(HenvistDato), r.date(StartdatoTO)));
        }
    },
    /** 3: EvalSpm3 in {4, 5} among EvalSpm3 answered; 9 "Vet ikke" stays in the denominator. */
    SATISFIED("3") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            if (!r.has(EvalSpm3)) {
                return Outcome.OUT;
            }
            return Outcome.of(r.is(EvalSpm3, 4) || r.is(EvalSpm3, 5));
        }
    },
    /** 4a: lower worst pain in motion at the last supervision (StSmBev12 − StSmBev21 > 0). */
    NRS_ST_BEV("4a") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            return nrsDecrease(r, v, StSmBev12, StSmBev21);
        }
    },
    /** 4b: lower least pain in motion. */
    NRS_SV_BEV("4b") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            return nrsDecrease(r, v, SvSmBev12, SvSmBev21);
        }
    },
    /** 4c: lower worst pain at rest. */
    NRS_ST_RO("4c") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            return nrsDecrease(r, v, StSmRo12, StSmRo21);
        }
    },
    /** 4d: lower least pain at rest. */
    NRS_SV_RO("4d") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            return nrsDecrease(r, v, SvSmRo12, SvSmRo21);
        }
    },
    /**
     * 5: non-drug treatment IkkeMedBeh == 1 among courses seen (Tilsett == 1); locally IkkeMedBeh in {0, 1},
     * nationally IkkeMedBeh answered (9 "Vet ikke" stays in the denominator).
     */
    NON_DRUG("5") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            boolean answered = v == Variant.LOCAL ? r.is(IkkeMedBeh, 0) || r.is(IkkeMedBeh, 1) : r.has(IkkeMedBeh);
            if (!r.is(Tilsett, 1) || !answered) {
                return Outcome.OUT;
            }
            return Outcome.of(r.is(IkkeMedBeh, 1));
        }
    },
    /** 6: a tapering plan in the record (Journalnotat) among VidereOppf == 1 and BehNedtrappAvsluttTils == 1. */
    TAPERING_PLAN("6") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            if (!r.is(VidereOppf, 1) || !r.is(BehNedtrappAvsluttTils, 1)
                    || (v == Variant.NATIONAL && !r.has(Journalnotat))) {
                return Outcome.OUT;
            }
            return Outcome.of(r.is(Journalnotat, 1));
        }
    },
    /** 7: acceptable pain at the last supervision, AkseptabelSmerte21 == 1; 9 "Vet ikke" stays in. */
    ACCEPTABLE_PAIN("7") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            return r.has(AkseptabelSmerte21) ? Outcome.of(r.is(AkseptabelSmerte21, 1)) : Outcome.OUT;
        }
    },
    /** 7, for comparison: the same share at the first supervision (AkseptabelSmerte12). */
    ACCEPTABLE_PAIN_FIRST("7-B1.2") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            return r.has(AkseptabelSmerte12) ? Outcome.of(r.is(AkseptabelSmerte12, 1)) : Outcome.OUT;
        }
    },
    /** 8: improved function, Funksjon21 − Funksjon12 > 0 (any step up; the R local figure's "== 1" is a bug). */
    IMPROVED_FUNCTION("8") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            Integer first = r.integer(Funksjon12);
            Integer last = r.integer(Funksjon21);
            if (first == null || last == null || first == UNKNOWN_FUNCTION || last == UNKNOWN_FUNCTION) {
                return Outcome.OUT;
            }
            return Outcome.of(last - first > 0);
        }
    },
    /** QI "NRS angitt": NRS reported at both supervisions among the seen with AngiNRS in {1, 3} at both. */
    NRS_REPORTED("QI") {
        @Override
        Outcome outcome(CourseRow r, Variant v) {
            boolean asked12 = r.is(AngiNRS12, 1) || r.is(AngiNRS12, 3);
            boolean asked21 = r.is(AngiNRS21, 1) || r.is(AngiNRS21, 3);
            if (!r.is(Tilsett, 1) || !asked12 || !asked21) {
                return Outcome.OUT;
            }
            return Outcome.of(r.is(AngiNRS12, 1) && r.is(AngiNRS21, 1));
        }
    };

    /** The five professions of indicator 1 (KonfLege, AmbLege, Prest and the others do not count). */
    static final List<ReportColumn> PROFESSIONS = List.of(AntTilsLege, AntTilsSykPleier, AntTilsPsyk, AntTilsFysioT,
            AntTilsSosio);
    static final int NRS_UNKNOWN = 99;
    static final int UNKNOWN_FUNCTION = 9;

    private final String number;

    Indicator(String number) {
        this.number = number;
    }

    /** The codebook's number: 1, 2, 3, 4a-4d, 5-8, QI (and 7-B1.2 for the comparison line). */
    public String number() {
        return number;
    }

    /** The key of the indicator's name in the messages files. */
    public String messageKey() {
        return "report.indicator." + name();
    }

    abstract Outcome outcome(CourseRow row, Variant variant);

    private static boolean positive(CourseRow r, ReportColumn column) {
        Integer value = r.integer(column);
        return value != null && value > 0;
    }

    /** Both values valid (present, not 99); locally an unchanged NRS leaves the denominator. */
    private static Outcome nrsDecrease(CourseRow r, Variant v, ReportColumn first, ReportColumn last) {
        Integer before = r.integer(first);
        Integer after = r.integer(last);
        if (before == null || after == null || before == NRS_UNKNOWN || after == NRS_UNKNOWN) {
            return Outcome.OUT;
        }
        int change = before - after;
        if (v == Variant.LOCAL && change == 0) {
            return Outcome.OUT;
        }
        return Outcome.of(change > 0);
    }
}
