package no.smertereg.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The application's one {@link MessageSource} (pages, problem JSON, e-mails, bean validation), read as Spring Boot
 * would from {@code spring.messages.*}, with whole numbers in plain placeholders shown as plain digits
 * ({@link RegistryMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename:messages}") String basenames,
            @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
        RegistryMessageSource messages = new RegistryMessageSource();
        messages.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(basenames)));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(fallbackToSystemLocale);
        return messages;
    }
}
