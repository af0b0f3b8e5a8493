package no.smertereg.fhir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

import no.smertereg.web.SystemClientToken;

/**
 * {@code /fhir/r4/**} answers a system client that sends the FHIR token ({@code registry.fhir.token}) as a bearer
 * token, read only (GET), and nobody else: not a registry user's session. Without a token configured it is off (404).
 */
@Configuration(proxyBeanMethods = false)
class FhirSecurity {

    static final String CLIENT = "FHIR_CLIENT";

    @Bean
    @Order(0)
    SecurityFilterChain fhir(HttpSecurity http, @Value("${registry.fhir.token:}") String token) throws Exception {
        return http.securityMatcher(AntPathRequestMatcher.antMatcher(FhirController.BASE + "/**"))
                .addFilterBefore(SystemClientToken.of("registry.fhir.token", token, "fhir-client", CLIENT),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(AntPathRequestMatcher.antMatcher(HttpMethod.GET,
                        FhirController.BASE + "/**")).hasAuthority(CLIENT)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(
                                request.getUserPrincipal() == null ? 401 : 405)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .build();
    }
}
