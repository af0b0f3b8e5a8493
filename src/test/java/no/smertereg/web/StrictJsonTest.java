package no.smertereg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;

import no.smertereg.shared.FieldProblem;

/** The API's JSON rules: what the strict reader refuses, and the field and message each refusal names. */
class StrictJsonTest {

    record Course(String nationalId, Long departmentId, Long locationId) {
    }

    record Answers(Long version, Map<String, Object> answers, boolean acceptMissingContact) {
    }

    record Review(List<String> confirm, List<String> remove) {
    }

    record Place(String name, Boolean active) {
    }

    record Clock(LocalDateTime at) {
    }

    enum Colour { RED, GREEN }

    record Paint(Colour colour) {
    }

    private final ObjectMapper lenient = Jackson2ObjectMapperBuilder.json().build();
    private final MappingJackson2HttpMessageConverter converter =
            new MappingJackson2HttpMessageConverter(StrictJsonConfig.strict(lenient));

    @Test
    void aPropertyGivenTwiceIsRefusedNamingIt_alsoInsideAnswers() {
        assertRefused(Course.class, "{\"nationalId\":\"x\",\"nationalId\":\"y\"}", "nationalId",
                "error.json.duplicate");
        assertRefused(Answers.class, "{\"version\":1,\"answers\":{\"Tilsett\":\"1\",\"Tilsett\":\"2\"}}",
                "answers.Tilsett", "error.json.duplicate");
        assertRefused(Review.class, "{\"confirm\":[\"a\"],\"remove\":[],\"confirm\":[]}", "confirm",
                "error.json.duplicate");
    }

    @Test
    void numbersBooleansAndTextAreNotCoercedIntoEachOther() {
        assertType(Course.class, "{\"departmentId\":5.5}", "departmentId", "integer");
        assertType(Course.class, "{\"departmentId\":\"5\"}", "departmentId", "integer");
        assertType(Course.class, "{\"departmentId\":\"\"}", "departmentId", "integer");
        assertType(Course.class, "{\"departmentId\":true}", "departmentId", "integer");
        assertType(Course.class, "{\"nationalId\":5}", "nationalId", "text");
        assertType(Course.class, "{\"nationalId\":5.5}", "nationalId", "text");
        assertType(Course.class, "{\"nationalId\":true}", "nationalId", "text");
        assertType(Course.class, "{\"nationalId\":[\"x\"]}", "nationalId", "text");
        assertType(Course.class, "{\"nationalId\":{\"a\":1}}", "nationalId", "text");
        assertType(Place.class, "{\"active\":1}", "active", "boolean");
        assertType(Place.class, "{\"active\":\"yes\"}", "active", "boolean");
        assertType(Place.class, "{\"active\":\"true\"}", "active", "boolean");
        assertType(Answers.class, "{\"version\":1,\"answers\":{},\"acceptMissingContact\":0}",
                "acceptMissingContact", "boolean");
        assertType(Review.class, "{\"confirm\":\"lu.haukeland\"}", "confirm", "list");
        assertType(Review.class, "{\"confirm\":[1]}", "confirm[0]", "text");
        assertType(Answers.class, "{\"version\":1,\"answers\":\"x\"}", "answers", "object");
        assertType(Answers.class, "{\"version\":1,\"answers\":[]}", "answers", "object");
        assertType(Course.class, "[]", "body", "object");
        assertType(Answers.class, "{\"version\":123456789012345678901234567890}", "version", "integer");
        assertType(Paint.class, "{\"colour\":0}", "colour", "choice");
    }

    @Test
    void aWrongDateNamesItsField() {
        assertType(Clock.class, "{\"at\":\"2026-13-01T10:00\"}", "at", "dateTime");
        assertType(Clock.class, "{\"at\":\"i morgen\"}", "at", "dateTime");
        assertType(Clock.class, "{\"at\":5}", "at", "dateTime");
        assertThat(read(Clock.class, "{\"at\":\"2026-12-01T16:30\"}").at())
                .isEqualTo(LocalDateTime.parse("2026-12-01T16:30"));
    }

    @Test
    void anUnknownPropertyIsRefusedByName_butNotEchoedWhenItHoldsControlCharacters() {
        assertRefused(Course.class, "{\"nationalId\":\"x\",\"nationalld\":\"y\"}", "nationalld",
                "error.json.unknownField");
        assertRefused(Course.class, "{\"nat\\u0000ionalId\":\"y\"}", "body", "error.field.controlCharacter");
    }

    @Test
    void controlCharactersAreRefusedInEveryString_namingItsPath() {
        assertRefused(Course.class, "{\"nationalId\":\"0101\\u00001\"}", "nationalId",
                "error.field.controlCharacter");
        assertRefused(Answers.class, "{\"version\":1,\"answers\":{\"Kommentar\":\"a\\u0000b\"}}",
                "answers.Kommentar", "error.field.controlCharacter");
        assertRefused(Answers.class, "{\"version\":1,\"answers\":{\"Liste\":[\"a\",\"b\\u0007\"]}}",
                "answers.Liste[1]", "error.field.controlCharacter");
        assertRefused(Answers.class, "{\"version\":1,\"answers\":{\"Gruppe\":{\"Tekst\":\"\\u001b[31m\"}}}",
                "answers.Gruppe.Tekst", "error.field.controlCharacter");
        assertRefused(Answers.class, "{\"version\":1,\"answers\":{\"Ko\\u0000mmentar\":\"a\"}}", "answers",
                "error.field.controlCharacter");
        assertRefused(Review.class, "{\"confirm\":[\"a\",\"b\\u007f\"]}", "confirm[1]",
                "error.field.controlCharacter");
        assertRefused(Place.class, "{\"name\":\"Smerte\\u0085klinikk\"}", "name", "error.field.controlCharacter");
        assertRefused(Place.class, "{\"name\":\"\\ud800\"}", "name", "error.field.controlCharacter");
        assertRefused(Place.class, "{\"name\":\"a\u0000b\"}", "name", "error.field.controlCharacter");
    }

    @Test
    void tabsLineBreaksAndEveryOtherCharacterPassAsTheyAre() {
        String text = "Linje 1\r\nLinje 2\tø æ å – 😀";
        Place place = read(Place.class, "{\"name\":" + json(text) + "}");
        assertThat(place.name()).isEqualTo(text);
    }

    @Test
    void answersStayUntyped_codesMayArriveAsNumbersOrText() {
        Answers answers = read(Answers.class, "{\"version\":3,\"answers\":{\"Tilsett\":\"1\",\"StSmRo12\":11,"
                + "\"Vekt\":72.5,\"Samtykke\":true,\"Liste\":[\"1\",2],\"Tom\":null}}");
        assertThat(answers.answers()).containsEntry("Tilsett", "1").containsEntry("StSmRo12", 11)
                .containsEntry("Vekt", 72.5).containsEntry("Samtykke", true).containsEntry("Liste", List.of("1", 2))
                .containsEntry("Tom", null);
    }

    @Test
    void brokenTrailingAndMissingBodiesNameTheBody() {
        assertRefused(Course.class, "{\"nationalId\":", "body", "error.body.malformed");
        assertRefused(Course.class, "{\"nationalId\":\"x\"} {}", "body", "error.body.malformed");
        assertRefused(Course.class, "{\"nationalId\":\"x\"} x", "body", "error.body.malformed");
        assertThat(UnreadableBody.describe(new HttpMessageConversionException("Required request body is missing")))
                .isEqualTo(FieldProblem.of("body", "error.body.missing"));
    }

    @Test
    void aTypeDefinitionError_theOriginal500_isA400NamingTheField() {
        InvalidDefinitionException definition = InvalidDefinitionException.from((JsonParser) null,
                "No fallback setter/field defined for creator property", TypeFactory.defaultInstance()
                        .constructType(String.class));
        definition.prependPath(Course.class, "nationalId");

        assertThat(UnreadableBody.describe(new HttpMessageConversionException("Type definition error", definition)))
                .isEqualTo(FieldProblem.of("nationalId", "error.json.unreadableField"));
    }

    @Test
    void theApplicationsOwnMapperStaysAsItWas() throws IOException {
        assertThat(lenient.readValue("{\"nationalId\":5,\"departmentId\":5.5,\"unknown\":1}", Course.class))
                .isEqualTo(new Course("5", 5L, null));
        assertThat(lenient.readValue("{\"name\":\"a\\u0000b\"}", Place.class).name()).isEqualTo("a\u0000b");
    }

    @Test
    void theMessagesNameTheExpectedTypeInBothLanguages_withoutTheValue() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        FieldProblem problem = refusal(Course.class, "{\"departmentId\":\"secret 5\"}");
        assertThat(messages.getMessage(problem.messageCode(), problem.args().toArray(), Locale.forLanguageTag("nb")))
                .isEqualTo("Feil datatype: her skal det være et heltall.");
        assertThat(messages.getMessage(problem.messageCode(), problem.args().toArray(), Locale.ENGLISH))
                .isEqualTo("Wrong data type: this must be a whole number.").doesNotContain("secret");
        FieldProblem choice = refusal(Paint.class, "{\"colour\":\"BLUE\"}");
        assertThat(messages.getMessage(choice.messageCode(), choice.args().toArray(), Locale.ENGLISH))
                .isEqualTo("Wrong data type: this must be one of RED, GREEN.");
    }

    private void assertType(Class<?> type, String body, String field, String kind) {
        FieldProblem problem = refusal(type, body);
        assertThat(problem.field()).as(body).isEqualTo(field);
        assertThat(problem.messageCode()).as(body).isEqualTo("error.json.type");
        assertThat(((org.springframework.context.MessageSourceResolvable) problem.args().get(0)).getCodes())
                .as(body).containsExactly("error.json.kind." + kind);
    }

    private void assertRefused(Class<?> type, String body, String field, String messageCode) {
        FieldProblem problem = refusal(type, body);
        assertThat(problem.field()).as(body).isEqualTo(field);
        assertThat(problem.messageCode()).as(body).isEqualTo(messageCode);
    }

    private FieldProblem refusal(Class<?> type, String body) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> converter.read(type, input(body))).as(body)
                .isInstanceOf(HttpMessageConversionException.class).satisfies(e -> thrown[0] = e);
        return UnreadableBody.describe(thrown[0]);
    }

    private <T> T read(Class<T> type, String body) {
        try {
            return type.cast(converter.read(type, input(body)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static MockHttpInputMessage input(String body) {
        MockHttpInputMessage message = new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8));
        message.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return message;
    }

    private String json(String text) {
        try {
            return lenient.writeValueAsString(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
