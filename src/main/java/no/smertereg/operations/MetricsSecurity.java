package no.smertereg.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

import no.smertereg.web.SystemClientToken;

/**
 * {@code /actuator/prometheus} answers a scraper that sends the metrics token ({@code registry.metrics.token}) as a
 * bearer token, and nobody else: no session, no registry login (a user's session is not a scraper's credential).
 * Without a token configured the endpoint is off (404 for everyone).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    static final String PATH = "/actuator/prometheus";
    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${registry.metrics.token:}") String token)
            throws Exception {
        return http.securityMatcher(AntPathRequestMatcher.antMatcher(PATH))
                .addFilterBefore(SystemClientToken.of("registry.metrics.token", token, "metrics-scraper", SCRAPER),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(SCRAPER))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(401)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .build();
    }
}
