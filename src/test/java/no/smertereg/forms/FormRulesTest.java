package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/** Field rules ({@code rule.<name>} custom properties) evaluated with FEEL on small hand-written definitions. */
class FormRulesTest {

    private static final String TWO_DATES = """
            {"id": "plain", "components": [
              {"type": "datetime", "subtype": "date", "key": "From", "dateLabel": "Fra"},
              {"type": "checkbox", "key": "HideTo", "label": "Skjul"},
              {"type": "datetime", "subtype": "date", "key": "To", "dateLabel": "Til",
               "conditional": {"hide": "=HideTo = true"},
               "properties": {
                 "rule.notBeforeFrom": "=date(To) >= date(From)",
                 "rule.notBeforeFrom.message": "Til kan ikke være før fra.",
                 "rule.notBeforeFrom.message.en": "To cannot be before from.",
                 "rule.notInFuture": "=date(To) <= today()",
                 "rule.notInFuture.message": "Til kan ikke være fram i tid.",
                 "rule.notInFutureByVariable": "=date(To) <= today",
                 "rule.notInFutureByVariable.message": "Til kan ikke være etter i dag.",
                 "help": "not a rule"}}
            ]}""";

    private final FormConditions feel = new FormConditions(new RegistryClock());
    private final FormValidator validator = new FormValidator(feel, new FormRules(feel, new RegistryClock()));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void rulesAreReadInTheFilesOrder_withTheirMessages_andOtherPropertiesAreNotRules() throws IOException {
        List<FormRule> rules = form(TWO_DATES).field("To").orElseThrow().rules();

        assertThat(rules).extracting(FormRule::name)
                .containsExactly("notBeforeFrom", "notInFuture", "notInFutureByVariable");
        assertThat(rules.get(0)).isEqualTo(new FormRule("notBeforeFrom", "date(To) >= date(From)",
                "Til kan ikke være før fra.", "To cannot be before from."));
        assertThat(rules.get(1).messageEn()).isNull();
    }

    @Test
    void aRuleWithoutItsMessageIsRefusedWhenTheFormIsRead() {
        assertThatThrownBy(() -> form("""
                {"id": "plain", "components": [{"type": "datetime", "key": "To",
                  "properties": {"rule.order": "=date(To) > date(\\"2015-01-01\\")"}}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rule.order.message");
    }

    @Test
    void aFalseRuleNamesTheField_withTheFormsMessages_inBokmaalAndEnglish() throws IOException {
        FieldProblem problem = problems(form(TWO_DATES), Map.of("From", "2026-11-20", "To", "2026-11-16"), true,
                Map.of()).get(0);

        assertThat(problem).isEqualTo(FieldProblem.of("To", "error.form.rule", "Til kan ikke være før fra.",
                "To cannot be before from."));
    }

    @Test
    void draftsAreCheckedToo_andOnlyTheFirstFalseRuleOfAFieldIsReported() throws IOException {
        assertThat(problems(form(TWO_DATES), Map.of("From", "2099-01-02", "To", "2099-01-01"), false, Map.of()))
                .extracting(FieldProblem::field, p -> p.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("To", "Til kan ikke være før fra."));
    }

    @Test
    void aRuleThatComesToNull_refusesNothing_requiredIsAnotherCheck() throws IOException {
        assertThat(validator.validate(form(TWO_DATES), Map.of("To", "2026-11-16"), true))
                .containsEntry("To", "2026-11-16");
    }

    @Test
    void aHiddenFieldsRulesDoNotApply_asItsAnswerIsDropped() throws IOException {
        assertThat(validator.validate(form(TWO_DATES), Map.of("From", "2026-11-20", "To", "2026-11-16",
                "HideTo", true), true)).containsOnlyKeys("From", "HideTo");
    }

    @Test
    void rulesSeeTheCoursesOtherForms_andTheFormsOwnAnswersWin() throws IOException {
        FormDefinition form = form(TWO_DATES);

        assertThat(problems(form, Map.of("To", "2026-11-16"), true, Map.of("From", "2026-11-20")))
                .extracting(FieldProblem::field).containsExactly("To");
        assertThat(validator.validate(form, Map.of("From", "2026-11-01", "To", "2026-11-16"), true,
                Map.of("From", "2026-11-20"))).containsEntry("To", "2026-11-16");
    }

    @Test
    void todayAndFeelsTodayFunctionAreTheRegistrysDateInOslo() throws IOException {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-09T23:30:00Z")));
        FormDefinition form = form(TWO_DATES);

        assertThat(validator.validate(form, Map.of("To", "2026-01-10"), true)).containsEntry("To", "2026-01-10");
        assertThat(problems(form, Map.of("To", "2026-01-11"), true, Map.of()))
                .extracting(p -> p.args().get(0)).containsExactly("Til kan ikke være fram i tid.");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-11T00:00:00Z")));
        assertThat(validator.validate(form, Map.of("To", "2026-01-11"), true)).containsEntry("To", "2026-01-11");
    }

    @Test
    void aRuleThatDoesNotComeToTrueFalseOrNull_refusesNothing_andIsLoggedWithoutTheAnswers() throws IOException {
        FormDefinition form = form("""
                {"id": "plain", "components": [{"type": "datetime", "key": "To",
                  "properties": {"rule.wrong": "=date(To) + 1", "rule.wrong.message": "Feil."}}]}""");
        Logger logger = (Logger) LoggerFactory.getLogger(FormRules.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            assertThat(validator.validate(form, Map.of("To", "2026-11-16"), true)).containsEntry("To", "2026-11-16");
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("wrong", "To", "plain").doesNotContain("2026");
        });
    }

    @Test
    void rulesCheckedTogetherComeToWhatEachComesToAlone_andOnlyAnsweredFieldsAreJudged() throws IOException {
        FormDefinition form = form("""
                {"id": "together", "components": [
                  {"type": "datetime", "key": "From"},
                  {"type": "datetime", "key": "To", "properties": {
                    "rule.needsFrom": "=date(To) >= date(From)", "rule.needsFrom.message": "Etter fra.",
                    "rule.wrong": "=date(To) + 1", "rule.wrong.message": "Feil.",
                    "rule.notAfter2030": "=date(To) < date(\\\"2030-01-01\\\") // a comment ends the line",
                    "rule.notAfter2030.message": "Før 2030.",
                    "rule.before2031": "=date(To) < date(\\\"2031-01-01\\\")", "rule.before2031.message": "Før 2031."}},
                  {"type": "number", "key": "Unanswered", "properties": {
                    "rule.alsoWrong": "=Unanswered + \\\"x\\\"", "rule.alsoWrong.message": "Feil."}}
                ]}""");
        Logger logger = (Logger) LoggerFactory.getLogger(FormRules.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            assertThat(problems(form, Map.of("To", "2031-05-01"), true, Map.of())).singleElement()
                    .satisfies(p -> assertThat(p.args().get(0)).isEqualTo("Før 2030."));
            assertThat(validator.validate(form, Map.of("To", "2029-05-01"), false)).containsKey("To");
            assertThat(problems(form, Map.of("To", "2029-05-01", "From", "2029-06-01"), false, Map.of()))
                    .singleElement().satisfies(p -> assertThat(p.args().get(0)).isEqualTo("Etter fra."));
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).as("the broken rule of the answered field, each time it was reached")
                .hasSize(2).allSatisfy(event -> assertThat(event.getFormattedMessage()).contains("wrong")
                        .doesNotContain("alsoWrong"));
    }

    private List<FieldProblem> problems(FormDefinition form, Map<String, Object> answers, boolean complete,
            Map<String, Object> courseAnswers) {
        try {
            validator.validate(form, answers, complete, courseAnswers);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the answers to be refused");
    }

    private static FormDefinition form(String json) throws IOException {
        return FormCatalogue.parse(new ObjectMapper(), json);
    }
}
