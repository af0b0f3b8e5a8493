package no.smertereg.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessageArgsTest {

    @Test
    void aPidInANorwegianTextIsPlainDigitsThatCanBeCopiedIntoASearch() {
        MessageFormat format = new MessageFormat("PID {0}, sak {1}, mottatt {2}", Locale.forLanguageTag("nb"));

        assertThat(format.format(new Object[] {123456L, 1234, "20.11.2026"})).as("without MessageArgs")
                .isNotEqualTo("PID 123456, sak 1234, mottatt 20.11.2026");
        assertThat(format.format(MessageArgs.plain(123456L, 1234, "20.11.2026")))
                .isEqualTo("PID 123456, sak 1234, mottatt 20.11.2026");
    }
}
