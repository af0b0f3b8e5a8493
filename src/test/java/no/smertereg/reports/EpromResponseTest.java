package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.AarsakmanglUfylEval;
import static no.smertereg.reports.ReportColumn.GrManglUtfylHADS;
import static no.smertereg.reports.ReportColumn.PasDelUtf;
import static no.smertereg.reports.ReportColumn.PasdelUtfylEval;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Sent = completion flag not empty, answered = flag 1, reasons among the sent and unanswered. */
class EpromResponseTest {

    @Test
    void sentAnsweredRateAndReasonsPerForm() {
        List<CourseRow> rows = List.of(
                row(PasdelUtfylEval, 1),                              // Eval sent and answered
                row(PasdelUtfylEval, 0, AarsakmanglUfylEval, 7),      // sent, not answered: 7 Ikke besvart ePROM
                row(PasdelUtfylEval, 0, AarsakmanglUfylEval, 6),      // 6 Ikke tilstrekkelig antall tilsyn (Eval only)
                row(PasdelUtfylEval, 0),                              // sent, still open: no reason yet
                row(PasDelUtf, 0, GrManglUtfylHADS, 7),               // HADS sent, locked unanswered
                row());                                               // nothing sent: in no denominator

        List<EpromResponse.FormResponse> forms = EpromResponse.of(rows);

        assertThat(forms).extracting(EpromResponse.FormResponse::form)
                .containsExactly("Pasreg", "HADS", "Eval", "Opioid");
        EpromResponse.FormResponse eval = forms.get(2);
        assertThat(eval.response()).isEqualTo(new Count(1, 4));
        assertThat(eval.reasons()).isEqualTo(Map.of(6, 1, 7, 1));
        assertThat(eval.withoutReason()).isEqualTo(1);
        assertThat(forms.get(1).response()).isEqualTo(new Count(0, 1));
        assertThat(forms.get(1).reasons()).isEqualTo(Map.of(7, 1));
        assertThat(forms.get(0).response()).isEqualTo(Count.ZERO);
        assertThat(forms.get(0).response().share()).isNull();
    }

    /**
     * Issue 18: a form never sent for want of a phone or e-mail (empty flag, reason 8) is in no denominator and no
     * reason count, but counted on its own; before, such forms were flag 0 with reason 7 and lowered the rate.
     */
    @Test
    void formsNeverSentForLackOfContactDetails_areCountedApart_outOfTheResponseRate() {
        List<CourseRow> rows = List.of(
                row(PasDelUtf, 1),                                    // HADS answered
                row(PasDelUtf, 0, GrManglUtfylHADS, 7),               // sent, locked unanswered
                row(GrManglUtfylHADS, 8),                             // never sent: no phone or e-mail
                row(GrManglUtfylHADS, 8),
                row(PasdelUtfylEval, 0, AarsakmanglUfylEval, 3));     // Eval sent, closed: reason 3

        List<EpromResponse.FormResponse> forms = EpromResponse.of(rows);

        EpromResponse.FormResponse hads = forms.get(1);
        assertThat(hads.response()).isEqualTo(new Count(1, 2));
        assertThat(hads.reasons()).isEqualTo(Map.of(7, 1));
        assertThat(hads.notSent()).isEqualTo(2);
        assertThat(forms.get(2).notSent()).isZero();
        assertThat(new Disclosure(3).epromNotSent(hads)).as("2 sent + 2 never sent are 4 forms due").isTrue();
        assertThat(new Disclosure(5).epromNotSent(hads)).isFalse();
    }
}
