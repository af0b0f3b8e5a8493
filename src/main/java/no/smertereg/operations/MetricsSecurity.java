package no.smertereg.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /actuator/prometheus} answers a scraper that sends the metrics token ({@code registry.metrics.token}) as a
 * bearer token, and nobody else: no session, no registry login (a user's session is not a scraper's credential).
 * Without a token configured the endpoint is off (404 for everyone).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    static final String PATH = "/actuator/prometheus";
    private static final int MIN_TOKEN_LENGTH = 32;

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${registry.metrics.token:}") String token)
            throws Exception {
        if (!token.isEmpty() && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("registry.metrics.token must have at least " + MIN_TOKEN_LENGTH
                    + " characters");
        }
        return http.securityMatcher(AntPathRequestMatcher.antMatcher(PATH))
                .addFilterBefore(new TokenFilter(token), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(TokenFilter.SCRAPER))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(401)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .build();
    }

    /** Compares digests of the sent and the configured token in constant time. */
    static final class TokenFilter extends OncePerRequestFilter {

        static final String SCRAPER = "METRICS_SCRAPER";
        private final byte[] expected;

        TokenFilter(String token) {
            this.expected = token.isEmpty() ? null : digest(token);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (expected == null) {
                response.sendError(HttpStatus.NOT_FOUND.value());
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ")
                    && MessageDigest.isEqual(expected, digest(header.substring("Bearer ".length())))) {
                context.setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated("metrics-scraper", null, List.of(new SimpleGrantedAuthority(SCRAPER))));
            }
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
        }

        private static byte[] digest(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
