package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/**
 * The date rules of the real {@code forms/} (issue 16, class 5), on 2026-12-03: the finding's implausible dates are
 * refused at their field; the tests' and the demo's dates pass; and every rule of every form evaluates to true or
 * false when every field has an answer (a misspelt field or a type error would come to null and refuse nothing).
 */
class FormDateRulesTest {

    private static final Map<String, Object> TO_TYPE3 = Map.of("HenvistDato", "2026-11-16", "StartdatoTO",
            "2026-11-16", "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "1", "DatoSamtykke", "2026-11-17");
    private static final Map<String, Object> B22 = Map.of("SluttDato", "2026-11-20", "AntPasTils", 2,
            "IkkeMedBeh", "0", "VidereOppf", "0", "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0");

    private static FormCatalogue catalogue;
    private final FormConditions feel = new FormConditions(new RegistryClock());
    private final FormValidator validator = new FormValidator(feel, new FormRules(feel, new RegistryClock()));

    @BeforeAll
    static void load() throws IOException {
        catalogue = new FormCatalogue(new ObjectMapper());
    }

    @BeforeEach
    void onTheThirdOfDecember2026() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T09:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theFindingsDatesAreRefusedAtTheirField() {
        assertThat(problems(SmerteregForms.TO, with(with(TO_TYPE3, "HenvistDato", "2026-11-20"), "DatoSamtykke",
                "2026-11-20"), Map.of())).containsExactly("StartdatoTO: Startdato kan ikke være før henvisningsdato.");
        assertThat(toProblem("StartdatoTO", "2099-01-01")).containsExactly(
                "StartdatoTO: Startdato kan ikke være fram i tid.");
        assertThat(toProblem("HenvistDato", "1900-01-01")).containsExactly(
                "HenvistDato: Henvisningsdato kan ikke være før 01.01.2015, den tidligste datoen registeret tar imot.");
        assertThat(toProblem("DatoSamtykke", "1999-06-01")).containsExactly("DatoSamtykke: Dato for samtykke kan "
                + "ikke være før 01.01.2015, den tidligste datoen registeret tar imot.");
        assertThat(toProblem("DatoSamtykke", "2030-01-01")).containsExactly(
                "DatoSamtykke: Dato for samtykke kan ikke være fram i tid.");
        assertThat(problems(SmerteregForms.B22, with(B22, "SluttDato", "2026-11-15"), TO_TYPE3)).containsExactly(
                "SluttDato: Sluttdato kan ikke være før startdatoen i TO.");
    }

    @Test
    void consentBeforeTheReferral_aReferralAhead_andAnEndAhead_areRefused_tooInADraft() {
        assertThat(toProblem("DatoSamtykke", "2026-11-15")).containsExactly(
                "DatoSamtykke: Dato for samtykke kan ikke være før henvisningsdato.");
        assertThat(problems(SmerteregForms.TO, Map.of("HenvistDato", "2026-12-04"), Map.of())).containsExactly(
                "HenvistDato: Henvisningsdato kan ikke være fram i tid.");
        assertThat(problems(SmerteregForms.B22, Map.of("SluttDato", "2026-12-04"), TO_TYPE3)).containsExactly(
                "SluttDato: Sluttdato kan ikke være fram i tid.");
    }

    @Test
    void aCorrectedStartAfterTheEndInB22IsRefused() {
        assertThat(problems(SmerteregForms.TO, with(TO_TYPE3, "StartdatoTO", "2026-11-21"), B22)).containsExactly(
                "StartdatoTO: Startdato kan ikke være etter sluttdatoen i B2.2.");
    }

    @Test
    void todaysDatesAndTheTestsFixturesPass() {
        String today = "2026-12-03";
        validator.validate(catalogue.get(SmerteregForms.TO), TO_TYPE3, true);
        validator.validate(catalogue.get(SmerteregForms.TO), Map.of("HenvistDato", today, "StartdatoTO", today, "Tilsett",
                "1", "InklKritOppf", "1", "SkriftligSamtyk", "1", "DatoSamtykke", today), true);
        validator.validate(catalogue.get(SmerteregForms.B22), B22, true, TO_TYPE3);
        validator.validate(catalogue.get(SmerteregForms.B22), with(B22, "SluttDato", "2026-11-16"), true, TO_TYPE3);
    }

    @Test
    void everyRuleOfEveryFormComesToTrueOrFalseWhenEveryFieldIsAnswered() {
        Map<String, Object> everything = new HashMap<>();
        catalogue.ids().forEach(id -> catalogue.find(id).orElseThrow().fields()
                .forEach(f -> everything.put(f.key(), sample(f))));
        everything.put(FormRules.TODAY, LocalDate.of(2026, 12, 3));
        List<String> rules = new ArrayList<>();
        for (String id : catalogue.ids()) {
            for (FormField field : catalogue.find(id).orElseThrow().fields()) {
                for (FormRule rule : field.rules()) {
                    rules.add(id + " " + field.key() + " " + rule.name());
                    assertThat(feel.check(rule, everything)).as("%s of %s in %s", rule.name(), field.key(), id)
                            .isIn(FormConditions.Outcome.HOLDS, FormConditions.Outcome.VIOLATED);
                }
            }
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(12);
    }

    private static Object sample(FormField field) {
        return switch (field.type()) {
            case "datetime" -> "2026-11-16";
            case "number" -> field.min() == null ? 1L : field.min().longValue();
            case "checkbox" -> true;
            case "checklist" -> List.of(field.codes().get(0));
            case "radio", "select" -> field.codes().get(0);
            default -> "x";
        };
    }

    private List<String> toProblem(String key, String date) {
        return problems(SmerteregForms.TO, with(TO_TYPE3, key, date), Map.of());
    }

    private static Map<String, Object> with(Map<String, Object> answers, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(answers);
        changed.put(key, value);
        return changed;
    }

    /** The draft's problems, which finalising reports too (with any missing required fields). */
    private List<String> problems(FormKey key, Map<String, Object> answers, Map<String, Object> otherForms) {
        List<String> draft = refusal(key, answers, false, otherForms);
        assertThat(refusal(key, answers, true, otherForms)).containsAll(draft);
        return draft;
    }

    private List<String> refusal(FormKey key, Map<String, Object> answers, boolean complete,
            Map<String, Object> otherForms) {
        try {
            validator.validate(catalogue.get(key), answers, complete, otherForms);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FormDateRulesTest::text).toList();
        }
        throw new AssertionError("expected the answers to be refused");
    }

    private static String text(FieldProblem problem) {
        if (!problem.messageCode().equals(FormRules.MESSAGE_CODE)) {
            return problem.field() + ": " + problem.messageCode();
        }
        assertThat((String) problem.args().get(1)).as("English message").isNotBlank();
        return problem.field() + ": " + problem.args().get(0);
    }
}
