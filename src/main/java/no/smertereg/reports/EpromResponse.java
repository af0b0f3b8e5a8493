package no.smertereg.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ePROM response per patient form (codebook §3, ePROM life cycle): sent = completion flag not empty, answered =
 * flag 1, response rate = answered / sent, and the distribution of reason codes among those sent but not answered.
 * Forms never sent for want of a phone or e-mail (empty flag, reason 8, docs/eprom.md) are in no denominator and
 * are counted on their own ({@code notSent}).
 */
public final class EpromResponse {

    /**
     * One patient form's figures; {@code reasons} maps a reason code to its count, {@code withoutReason} the rest;
     * {@code notSent} the forms locked as never sent because the patient had neither phone nor e-mail (reason 8).
     */
    public record FormResponse(String form, Count response, SortedMap<Integer, Integer> reasons, int withoutReason,
            int notSent) {

        public int sent() {
            return response.denominator();
        }

        public int answered() {
            return response.numerator();
        }
    }

    /** The four patient forms: their name, completion-flag column and reason column. */
    private record Form(String name, ReportColumn flag, ReportColumn reason) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("Pasreg", ReportColumn.PasDelUfylPR, ReportColumn.GrManglUtfylPR),
            new Form("HADS", ReportColumn.PasDelUtf, ReportColumn.GrManglUtfylHADS),
            new Form("Eval", ReportColumn.PasdelUtfylEval, ReportColumn.AarsakmanglUfylEval),
            new Form("Opioid", ReportColumn.PasdelUtfylOpioid, ReportColumn.AarsakmanglUtfylOpioid));

    /** "Ikke sendt – mangler kontaktinformasjon": the form's time came, but it never went to the patient. */
    static final int REASON_NOT_SENT_NO_CONTACT = 8;

    private EpromResponse() {
    }

    /** Each patient form's name and its completion flag (sent = flag not empty), in the table's order. */
    static Map<String, ReportColumn> sentFlags() {
        Map<String, ReportColumn> flags = new LinkedHashMap<>();
        FORMS.forEach(form -> flags.put(form.name(), form.flag()));
        return flags;
    }

    /** The figures of both (of disjoint courses), form by form. */
    static List<FormResponse> plus(List<FormResponse> a, List<FormResponse> b) {
        List<FormResponse> sum = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            FormResponse x = a.get(i);
            FormResponse y = b.get(i);
            SortedMap<Integer, Integer> reasons = new TreeMap<>(x.reasons());
            y.reasons().forEach((code, n) -> reasons.merge(code, n, Integer::sum));
            sum.add(new FormResponse(x.form(), x.response().plus(y.response()),
                    Collections.unmodifiableSortedMap(reasons), x.withoutReason() + y.withoutReason(),
                    x.notSent() + y.notSent()));
        }
        return List.copyOf(sum);
    }

    public static List<FormResponse> of(Collection<CourseRow> rows) {
        return FORMS.stream().map(form -> of(rows, form)).toList();
    }

    private static FormResponse of(Collection<CourseRow> rows, Form form) {
        int sent = 0;
        int answered = 0;
        int withoutReason = 0;
        int notSent = 0;
        SortedMap<Integer, Integer> reasons = new TreeMap<>();
        for (CourseRow row : rows) {
            if (!row.has(form.flag())) {
                if (row.is(form.reason(), REASON_NOT_SENT_NO_CONTACT)) {
                    notSent++;
                }
                continue;
            }
            sent++;
            if (row.is(form.flag(), 1)) {
                answered++;
            } else if (row.has(form.reason())) {
                reasons.merge(row.integer(form.reason()), 1, Integer::sum);
            } else {
                withoutReason++;
            }
        }
        return new FormResponse(form.name(), new Count(answered, sent), Collections.unmodifiableSortedMap(reasons),
                withoutReason, notSent);
    }
}
