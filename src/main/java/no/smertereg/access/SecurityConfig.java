package no.smertereg.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing but the login page, the health endpoint, the patient portal (which has its own one-time codes) and
 * the access application (POST only) without a login. Browser sessions use form login with a
 * CSRF token; API clients may send HTTP Basic instead where it is on (never challenged, so browsers never cache it).
 * {@code /engine-rest} takes the same session or Basic and answers 401; the Camunda webapps reuse the Spring login
 * (see {@link CamundaWebAuthentication}) and keep their own CSRF protection.
 */
@Configuration
class SecurityConfig {

    static final String CSRF_COOKIE = "REGISTRY-XSRF-TOKEN";
    static final String CSRF_HEADER = "X-REGISTRY-XSRF-TOKEN";
    /** A1: applicants have no login yet; only this one POST is open (and has no session to forge). */
    static final String APPLY = "/api/access/applications";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private final boolean httpBasic;

    /**
     * HTTP Basic checks the password only, without the SMS code: allowed where {@code registry.security.http-basic}
     * says so (by default in demo mode, for Swagger and the tests), never by default in production (ADR 0004).
     */
    SecurityConfig(@Value("${registry.security.http-basic:${registry.demo-mode:false}}") boolean httpBasic) {
        this.httpBasic = httpBasic;
    }

    /**
     * The engine's REST API: the same session or HTTP Basic as the registry's API, answering 401 rather than sending a
     * browser to the login page. The matcher is a plain path matcher: the API is served by the engine's own servlet,
     * which Spring MVC's path matchers do not see.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, AppUserRepository users, LoginThrottle throttle)
            throws Exception {
        http.securityMatcher(AntPathRequestMatcher.antMatcher("/engine-rest/**"))
                .addFilterAfter(new SessionGenerationCheck(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(LoginSteps.COMPLETE))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(c -> c.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(
                        new CsrfTokenRequestAttributeHandler()).ignoringRequestMatchers(basicAuthenticated()));
        basic(http, throttle, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        return http.build();
    }

    /** Where HTTP Basic is on: counted per client address like the login form, and no initial password. */
    private void basic(HttpSecurity http, LoginThrottle throttle, HttpStatusEntryPoint unauthorized)
            throws Exception {
        if (httpBasic) {
            http.httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                    .addFilterBefore(throttle.basicAuthentication(), BasicAuthenticationFilter.class)
                    .addFilterAfter(new InitialPasswordRefusedForBasic(), BasicAuthenticationFilter.class);
        }
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setHeaderName(CSRF_HEADER);
        csrfTokens.setCookieCustomizer(cookie -> cookie.path("/").sameSite("Strict"));
        return csrfTokens;
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, LoginSteps steps, AppUserRepository users,
            LoginThrottle throttle, OidcLogin oidc) throws Exception {
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        basic(http, throttle, unauthorized);
        http
                .addFilterAfter(new SessionGenerationCheck(users), SecurityContextHolderFilter.class)
                .addFilterBefore(throttle.passwordStep(), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/error",
                                "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/pasient", "/pasient/**",
                                "/demo/sms", "/soknad")
                        .permitAll()
                        .requestMatchers(AntPathRequestMatcher.antMatcher(HttpMethod.POST, APPLY)).permitAll()
                        .requestMatchers("/login/kode", "/login/kode/ny").hasAuthority(LoginSteps.CODE)
                        .requestMatchers("/login/passord").hasAuthority(LoginSteps.PASSWORD)
                        .requestMatchers("/login/enhet").hasAuthority(LoginSteps.UNIT)
                        .anyRequest().hasAuthority(LoginSteps.COMPLETE))
                .formLogin(f -> f.loginPage("/login").successHandler(steps.afterPassword()).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(unauthorized,
                        AntPathRequestMatcher.antMatcher("/api/**")).accessDeniedHandler(new LoginStepRedirect()))
                .csrf(c -> c.csrfTokenRepository(csrfTokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(basicAuthenticated(), AntPathRequestMatcher.antMatcher("/camunda/**"),
                                AntPathRequestMatcher.antMatcher(HttpMethod.POST, APPLY)))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(registryPages(),
                                (request, response) -> response.setHeader("Content-Security-Policy",
                                        registryPagesCsp(oidc)))));
        oidc.configure(http);
        return http.build();
    }

    /**
     * Our own server-rendered pages: scripts and styles from this origin only (Camunda's webapps set their own);
     * forms go here, and on to the OpenID Connect provider where its logout follows ours.
     */
    static String registryPagesCsp(OidcLogin oidc) {
        return "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action "
                + oidc.formActions() + "; frame-ancestors 'self'";
    }

    private static RequestMatcher registryPages() {
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/") || path.equals("/startside") || path.startsWith("/login") || path.startsWith("/pasient")
                    || path.startsWith("/demo/") || path.equals("/soknad") || path.startsWith("/arbeidsliste")
                    || path.startsWith("/registrering") || path.startsWith("/forlop") || path.startsWith("/brukere")
                    || path.startsWith("/pasientregistreringer") || path.startsWith("/revisjon")
                    || path.startsWith("/reservasjoner") || path.startsWith("/pasientrettigheter")
                    || path.startsWith("/rapporter") || path.startsWith("/prosessversjoner")
                    || path.startsWith("/min-side")
                    || path.startsWith("/registerfiler") || path.startsWith("/utleveringer");
        };
    }

    /** A request that carries its own credentials cannot be forged by another site. */
    private static RequestMatcher basicAuthenticated() {
        return request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
    }

    /**
     * HTTP Basic checks the password only: an initial or reset password (sent by SMS) opens nothing until it has been
     * changed in the browser login, after the SMS code.
     */
    private static final class InitialPasswordRefusedForBasic extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof RegistryUser user
                    && user.isMustChangePassword()) {
                SecurityContextHolder.clearContext();
                response.sendError(HttpStatus.UNAUTHORIZED.value());
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Loads the deferred CSRF token on every request so the cookie is there for Swagger UI and pages. */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
