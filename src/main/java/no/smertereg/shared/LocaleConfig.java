package no.smertereg.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Norwegian bokmål by default; English when the client asks for it. */
@Configuration
class LocaleConfig {

    static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(BOKMAAL, Locale.ENGLISH));
        resolver.setDefaultLocale(BOKMAAL);
        return resolver;
    }
}
