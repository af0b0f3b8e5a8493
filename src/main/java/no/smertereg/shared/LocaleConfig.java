package no.smertereg.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Norwegian bokmål by default; English when the client asks for it: a page's language link ({@code ?lang=en} or
 * {@code ?lang=nb}) is remembered in a cookie, and without one the Accept-Language header decides (the API).
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final List<Locale> SUPPORTED = List.of(BOKMAAL, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(SUPPORTED);
        header.setDefaultLocale(BOKMAAL);
        CookieLocaleResolver resolver = new CookieLocaleResolver("REGISTRY_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(header::resolveLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale asked = Locale.forLanguageTag(localeValue);
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
                        .orElse(BOKMAAL);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
