package no.smertereg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Ids in messages are plain digits ("Forløpet 99999"); a count asks for grouping with {n,number,integer}. */
class RegistryMessageSourceTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final RegistryMessageSource messages = messages();

    @Test
    void aWholeNumberInAPlainPlaceholderIsPlainDigits() {
        assertThat(messages.getMessage("error.course.notFound", new Object[] {99999L}, BOKMAAL))
                .isEqualTo("Forløpet 99999 finnes ikke, eller du har ikke tilgang til det.");
        assertThat(messages.getMessage("error.course.notFound", new Object[] {1234567}, Locale.ENGLISH))
                .contains("1234567");
    }

    @Test
    void aCountThatAsksForGroupingIsGrouped_andTextsAndDecimalsAreAsBefore() {
        assertThat(messages.getMessage("pager.shown", new Object[] {1L, 50L, 12345L}, BOKMAAL))
                .isEqualTo("Viser 1–50 av 12\u00a0345");
        assertThat(messages.getMessage("error.form.range", new Object[] {"TidTotal", 0.5, 2.5}, BOKMAAL))
                .isEqualTo("TidTotal: må være mellom 0,5 og 2,5.");
        assertThat(messages.getMessage("error.patient.notFound", new Object[] {"?"}, BOKMAAL))
                .isEqualTo("Pasienten ? finnes ikke.");
    }

    private static RegistryMessageSource messages() {
        RegistryMessageSource source = new RegistryMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
