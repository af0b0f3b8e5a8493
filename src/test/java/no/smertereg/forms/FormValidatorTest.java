package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/** The server-side check of answers against the real form files in {@code forms/}. */
class FormValidatorTest {

    private static FormCatalogue catalogue;
    private static FormValidator validator;

    @BeforeAll
    static void load() throws IOException {
        catalogue = new FormCatalogue(new ObjectMapper());
        FormConditions feel = new FormConditions(new RegistryClock());
        validator = new FormValidator(feel, new FormRules(feel, new RegistryClock()));
    }

    @Test
    void catalogueHoldsEveryClinicianForm() {
        for (FormKey key : SmerteregForms.DEFINITIONS.clinicianForms()) {
            assertThat(catalogue.get(key).fields()).as(key.formId()).isNotEmpty();
        }
        assertThat(catalogue.find("personal-data")).isPresent();
    }

    @Test
    void finaliseNamesEveryMissingRequiredField() {
        assertThat(problems(SmerteregForms.TO, Map.of("Tilsett", "1"), true)).containsExactlyInAnyOrder(
                "HenvistDato:error.form.required", "StartdatoTO:error.form.required",
                "InklKritOppf:error.form.required");
    }

    @Test
    void draftMayBeIncomplete() {
        assertThat(validator.validate(catalogue.get(SmerteregForms.TO), Map.of("Tilsett", "2"), false))
                .containsExactly(Map.entry("Tilsett", "2"));
    }

    @Test
    void nrsOutsideTheScaleIsRefused_99VetIkkeIsAccepted() {
        Map<String, Object> answers = b12(Map.of("StSmRo12", "11"));
        assertThat(problems(SmerteregForms.B12, answers, false)).containsExactly("StSmRo12:error.form.unknownCode");

        Map<String, Object> ok = validator.validate(catalogue.get(SmerteregForms.B12), b12(Map.of("StSmRo12", 99)), true);
        assertThat(ok).containsEntry("StSmRo12", "99").containsEntry("Funksjon12", "5");
    }

    @Test
    void unknownCodeAndUnknownFieldAreNamed() {
        assertThat(problems(SmerteregForms.TO, Map.of("Tilsett", "7", "Pasientnavn", "x"), false))
                .containsExactlyInAnyOrder("Tilsett:error.form.unknownCode", "Pasientnavn:error.form.unknownField");
    }

    @Test
    void nrsFieldsAreHiddenUnlessThePatientCouldAnswer_andTheirAnswersDropped() {
        Map<String, Object> answers = new HashMap<>(Map.of("AngiNRS12", "0", "Funksjon12", "9", "StSmRo12", "4"));

        Map<String, Object> stored = validator.validate(catalogue.get(SmerteregForms.B12), answers, true);

        assertThat(stored).containsOnlyKeys("AngiNRS12", "Funksjon12");
    }

    @Test
    void countsAreRequiredOnlyWhenTheirProfessionIsTicked_andRangesHold() {
        Map<String, Object> b22 = new HashMap<>(Map.of("SluttDato", "2026-11-20", "AntPasTils", 3,
                "IkkeMedBeh", "0", "VidereOppf", "0", "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0",
                "Lege", true));
        assertThat(problems(SmerteregForms.B22, b22, true)).containsExactly("AntTilsLege:error.form.required");

        b22.put("AntTilsLege", 101);
        assertThat(problems(SmerteregForms.B22, b22, true)).containsExactly("AntTilsLege:error.form.range");

        b22.put("AntTilsLege", "2");
        assertThat(validator.validate(catalogue.get(SmerteregForms.B22), b22, true)).containsEntry("AntTilsLege", 2L);
    }

    @Test
    void datesAndBooleansMustHaveTheirTypes() {
        assertThat(problems(SmerteregForms.TO, Map.of("HenvistDato", "20.11.2026", "Tilsynsanmodnin", "ja"), false))
                .containsExactlyInAnyOrder("HenvistDato:error.form.date", "Tilsynsanmodnin:error.form.type");
    }

    /** Tasklist's submit-form passes no strict JSON reader: NUL and other control characters stop here. */
    @Test
    void controlCharactersInTextAreRefusedNamingTheField_tabsAndLineBreaksAreKept() {
        for (String text : new String[] {"Rygg\u0000smerter", "Rygg\u0007", "Rygg\u007F", "Rygg\u009B",
                "Rygg\uD800"}) {
            assertThat(problems(SmerteregForms.B11, Map.of("InnlDiag", text), false)).as(text.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString())
                    .containsExactly("InnlDiag:error.form.controlCharacter");
        }
        FormDefinition po = catalogue.find("personal-data").orElseThrow();
        assertThatThrownBy(() -> validator.validate(po, Map.of("Epost", "ola\u0000@example.no"), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageCode)
                        .containsExactly(tuple("Epost", "error.form.controlCharacter")));

        String lines = "Rygg\r\nNakke\tø 😀";
        assertThat(validator.validate(catalogue.get(SmerteregForms.B11), Map.of("InnlDiag", lines), false))
                .containsEntry("InnlDiag", lines);
    }

    private static Map<String, Object> b12(Map<String, Object> nrs) {
        Map<String, Object> answers = new HashMap<>(Map.of("AngiNRS12", "1", "StSmRo12", "3", "SvSmRo12", "1",
                "StSmBev12", "6", "SvSmBev12", "2", "AkseptabelSmerte12", "1", "Funksjon12", "5"));
        answers.putAll(nrs);
        return answers;
    }

    private static java.util.List<String> problems(FormKey key, Map<String, Object> answers, boolean complete) {
        try {
            validator.validate(catalogue.get(key), answers, complete);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field)
                    .map(f -> f + ":" + e.problems().stream().filter(p -> p.field().equals(f)).findFirst()
                            .orElseThrow().messageCode())
                    .toList();
        }
        throw new AssertionError("expected the answers to be refused");
    }

    @Test
    void patientFormsAreDefined_hadsHasFourteenRequiredItemsScoredZeroToThree() {
        for (String id : new String[] {"smertereg-pasreg", "smertereg-hads", "smertereg-eval", "smertereg-opioid"}) {
            assertThat(catalogue.find(id)).as(id).isPresent();
        }
        FormDefinition hads = catalogue.find("smertereg-hads").orElseThrow();
        assertThat(hads.fields()).hasSize(14).allSatisfy(f -> {
            assertThat(f.required()).isTrue();
            assertThat(f.codes()).containsExactlyInAnyOrder("0", "1", "2", "3");
        });
        assertThatThrownBy(() -> validator.validate(hads, Map.of("HADSSpm1", "4"), false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusedAnswersThrowNotReturn() {
        assertThatThrownBy(() -> validator.validate(catalogue.get(SmerteregForms.B11), Map.of("SmerteKat", "5"), false))
                .isInstanceOf(InvalidInputException.class);
    }

    /** Issue 18: B2.2's "Total tid brukt (timer)" takes one decimal, written with a point or a comma. */
    @Test
    void oneDecimalHoursAreAccepted_withAPointOrAComma_twoAreNot() {
        FormDefinition b22 = catalogue.get(SmerteregForms.B22);
        assertThat(b22.field("TotTid").orElseThrow().step()).isEqualTo("0.1");
        assertThat(b22.field("AntPasTils").orElseThrow().step()).isEqualTo("1");
        assertThat(validator.validate(b22, Map.of("TotTid", "2.5"), false).get("TotTid")).hasToString("2.5");
        assertThat(validator.validate(b22, Map.of("TotTid", "2,5"), false).get("TotTid")).hasToString("2.5");
        assertThat(validator.validate(b22, Map.of("TotTid", "10.0"), false).get("TotTid")).hasToString("10");
        assertThat(problems(SmerteregForms.B22, Map.of("TotTid", "2.55"), false))
                .containsExactly("TotTid:error.form.decimals");
    }

    /** Issue 18: a draft keeps every valid answer; a bad one is named and keeps the field's previous answer. */
    @Test
    void aDraftKeepsTheValidAnswers_andNamesTheBadOne_whichKeepsItsPreviousAnswer() {
        FormDefinition b22 = catalogue.get(SmerteregForms.B22);
        Map<String, Object> typed = Map.of("SluttDato", "2026-11-20", "AntPasTils", "4", "TotTid", "600",
                "IkkeMedBeh", "7");

        FormValidator.Draft fresh = validator.validateDraft(b22, typed, Map.of(), Map.of());
        assertThat(fresh.answers()).containsOnlyKeys("SluttDato", "AntPasTils").containsEntry("AntPasTils", 4L);
        assertThat(fresh.problems()).extracting(FieldProblem::field, FieldProblem::messageCode)
                .containsExactlyInAnyOrder(tuple("TotTid", "error.form.range"),
                        tuple("IkkeMedBeh", "error.form.unknownCode"));

        FormValidator.Draft again = validator.validateDraft(b22, typed, Map.of("TotTid", 3L, "AntPasTils", 2L),
                Map.of());
        assertThat(again.answers()).containsEntry("AntPasTils", 4L).doesNotContainKey("IkkeMedBeh");
        assertThat(again.answers().get("TotTid")).hasToString("3");
        assertThat(again.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("TotTid",
                "IkkeMedBeh");
    }
}
