package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/**
 * Issue 18 on the real form files: groups keep their label and their fields' keys, text blocks read as Markdown
 * paragraphs, the conditions hide what form-js hides (a hidden group with everything in it), and the platform's
 * {@code legalBasis} decides whether TO asks for consent.
 */
class FormConditionsTest {

    private static final Map<String, Object> CONSENT = Map.of(FormVariables.LEGAL_BASIS, "CONSENT");
    private static final Map<String, Object> RESERVATION = Map.of(FormVariables.LEGAL_BASIS, "RESERVATION");
    private static final Map<String, Object> SEEN_INCLUDED = Map.of("HenvistDato", "2026-11-16", "StartdatoTO",
            "2026-11-16", "Tilsett", "1", "InklKritOppf", "1");

    private static FormCatalogue catalogue;
    private static FormValidator validator;

    @BeforeAll
    static void load() throws IOException {
        catalogue = new FormCatalogue(new ObjectMapper());
        FormConditions feel = new FormConditions(new RegistryClock());
        validator = new FormValidator(feel, new FormRules(feel, new RegistryClock()));
    }

    @Test
    void groupsKeepTheirLabelAndTheirFieldsKeepTheirKeys() {
        FormDefinition b11 = catalogue.find("smertereg-b11").orElseThrow();
        List<FormGroup> groups = b11.items().stream().map(FormItem::group).filter(g -> g != null).toList();
        assertThat(groups).extracting(FormGroup::label).containsExactly("Analgetika før innleggelse",
                "Analgetika ved første tilsyn");
        assertThat(groups.get(0).items()).extracting(FormItem::component).startsWith("Ingen4a", "NonOpioid4a");
        assertThat(b11.field("Ingen4b")).get().extracting(FormField::description)
                .isEqualTo("Kryss av hvis pasienten ikke brukte analgetika ved første tilsyn.");
        assertThat(b11.fields()).extracting(FormField::key).contains("Ingen4a", "Vetikke4b", "MoEkvivalens");
    }

    @Test
    void aTextBlockIsAHeadingAndMarkdownParagraphs() {
        FormText text = catalogue.find("access-application-decision").orElseThrow().items().get(0).text();
        assertThat(text.heading()).isEqualTo("Søknad om tilgang");
        assertThat(text.paragraphs()).hasSize(2);
        assertThat(text.paragraphs().get(0)).startsWith("Søknaden (brukernavn").endsWith("hvis identiteten er usikker.");
    }

    @Test
    void toWithoutSupervisionHidesEveryConsentQuestion() {
        FormDefinition to = catalogue.find("smertereg-to").orElseThrow();
        assertThat(validator.hidden(to, Map.of("Tilsett", "2"), CONSENT)).contains("InklKritOppf",
                "SkriftligSamtyk", "DatoSamtykke", "TypeManglSamt", "alder", "Text_Samtykkebasis",
                "Text_Reservasjonsbasis");
        assertThat(validator.hidden(to, SEEN_INCLUDED, CONSENT)).contains("DatoSamtykke", "TypeManglSamt",
                "Text_Reservasjonsbasis").doesNotContain("SkriftligSamtyk", "Text_Samtykkebasis");
    }

    @Test
    void underTheReservationRightToNeitherAsksNorRequiresConsent() {
        FormDefinition to = catalogue.find("smertereg-to").orElseThrow();
        assertThat(validator.hidden(to, SEEN_INCLUDED, RESERVATION)).contains("SkriftligSamtyk", "DatoSamtykke",
                "TypeManglSamt", "Text_Samtykkebasis").doesNotContain("Text_Reservasjonsbasis", "InklKritOppf");

        assertThat(validator.validate(to, SEEN_INCLUDED, true, Map.of(), RESERVATION))
                .doesNotContainKey("SkriftligSamtyk");
        assertThatThrownBy(() -> validator.validate(to, SEEN_INCLUDED, true, Map.of(), CONSENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("SkriftligSamtyk"));
        assertThatThrownBy(() -> validator.validate(to, SEEN_INCLUDED, true))
                .as("without the variable (e.g. no course), as under consent").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aHiddenGroupHidesEverythingInIt() {
        FormDefinition opioid = catalogue.find("smertereg-opioid").orElseThrow();
        assertThat(validator.hidden(opioid, Map.of("Smstilletterutskrivelse", "0"), Map.of()))
                .contains("Group_Legemidler", "Morfin", "Usikker", "Fortsattbruk");
        assertThat(validator.hidden(opioid, Map.of("Smstilletterutskrivelse", "1"), Map.of()))
                .doesNotContain("Group_Legemidler", "Morfin");
    }

    @Test
    void b22ShowsAVisitCountOnlyForATickedProfession() {
        FormDefinition b22 = catalogue.find("smertereg-b22").orElseThrow();
        assertThat(validator.hidden(b22, Map.of("Lege", true, "Psyk", false), Map.of())).contains("AntTilsPsyk",
                "AntTilsPrest").doesNotContain("AntTilsLege", "Group_Yrkesgrupper");
    }

    @Test
    void answersThatAreNoAnswersAreRefusedByField_butUnfinishedOnesStillCount() {
        FormDefinition b11 = catalogue.find("smertereg-b11").orElseThrow();
        assertThatThrownBy(() -> validator.hidden(b11, Map.of("SmerteKat", "7"), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("SmerteKat"));
        assertThatThrownBy(() -> validator.hidden(b11, Map.of("AvdRegSmIntensSD", "mange"), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("AvdRegSmIntensSD"));
        assertThat(validator.hidden(b11, Map.of("SmerteKat", "1", "ICD10Kode", "not a code"), Map.of()))
                .as("a pattern not yet met hides nothing more").contains("DiagKatLangvarig")
                .doesNotContain("DiagKatAkutt");
    }
}
