package no.smertereg.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Login through an OpenID Connect provider (issue 21, ADR 0015), beside password and SMS code: the provider checks
 * the person (HelseID, ID-porten with BankID), its signed ID token names an identifier, and the registry user with
 * that {@code external_id} logs in with the same unit choice as after the SMS code. Unknown, removed or locked users
 * are refused. Logging out ends the provider's session too where it offers that ({@code end_session_endpoint}).
 * The provider is looked up on the first login, not at start, so a provider that is down leaves password login
 * working. No access token is kept.
 */
@Component
@EnableConfigurationProperties(OidcSettings.class)
class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);
    private static final String ID_TOKEN = OidcLogin.class.getName() + ".idToken";
    private static final String START = "/oauth2/authorization/" + OidcSettings.REGISTRATION;

    private final OidcSettings settings;
    private final LoginSteps steps;
    private volatile ClientRegistration registration;

    OidcLogin(OidcSettings settings, LoginSteps steps) {
        this.settings = settings;
        this.steps = steps;
    }

    boolean enabled() {
        return settings.enabled();
    }

    String label() {
        return settings.label();
    }

    /**
     * The sources a form on the registry's pages may go on to: here, and the provider where our logout goes on to its
     * own (the issuer's origin, and that of its logout address once the provider has been read).
     */
    String formActions() {
        if (!settings.enabled()) {
            return "'self'";
        }
        ClientRegistration known = registration;
        Object endSession = known == null ? null : endSessionOf(known);
        String issuer = settings.issuerOrigin();
        String logout = endSession == null ? issuer : OidcSettings.originOf(endSession.toString());
        return "'self' " + issuer + (logout.equals(issuer) ? "" : " " + logout);
    }

    void configure(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        ClientRegistrationRepository registrations = id -> OidcSettings.REGISTRATION.equals(id) ? registration()
                : null;
        http.addFilterBefore(new ProviderUnavailable(), OAuth2AuthorizationRequestRedirectFilter.class)
                .oauth2Login(o -> o.loginPage("/login").clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .successHandler((request, response, authentication) -> loggedIn(request, response,
                                (OidcUser) authentication.getPrincipal()))
                        .failureHandler((request, response, exception) -> {
                            log.warn("OpenID Connect login failed ({})", exception.getClass().getSimpleName());
                            LoginSteps.redirect(response, request, "/login?oidc=failed");
                        }))
                .logout(l -> l.addLogoutHandler((request, response, authentication) -> {
                    HttpSession session = request.getSession(false);
                    if (session != null && session.getAttribute(ID_TOKEN) != null) {
                        request.setAttribute(ID_TOKEN, session.getAttribute(ID_TOKEN));
                    }
                }).logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                        afterLogout(request))));
    }

    private void loggedIn(HttpServletRequest request, HttpServletResponse response, OidcUser user)
            throws IOException {
        String next;
        try {
            Object identifier = user.getIdToken().getClaim(settings.identifierClaim());
            next = !settings.strongEnough(user.getIdToken().getClaims()) ? refuse(request, "/login?oidc=level")
                    : steps.afterVerifiedIdentity(request, response, identifier == null ? null : identifier.toString());
        } catch (RuntimeException e) {
            steps.abandon(request);
            throw e;
        }
        if (!next.startsWith("/login?")) {
            request.getSession().setAttribute(ID_TOKEN, user.getIdToken().getTokenValue());
        } else {
            log.info("OpenID Connect login refused: {}", next.substring("/login?".length()));
        }
        LoginSteps.redirect(response, request, next);
    }

    private String refuse(HttpServletRequest request, String page) {
        steps.abandon(request);
        return page;
    }

    /** The provider's logout, which comes back to our login page, when this session came through the provider. */
    private String afterLogout(HttpServletRequest request) {
        String loggedOut = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + "/login").replaceQuery("logout").build().toUriString();
        Object idToken = request.getAttribute(ID_TOKEN);
        Object endSession = idToken == null ? null : endSessionEndpoint();
        if (endSession == null) {
            return request.getContextPath() + "/login?logout";
        }
        return UriComponentsBuilder.fromUriString(endSession.toString()).queryParam("id_token_hint", idToken)
                .queryParam("client_id", settings.clientId()).queryParam("post_logout_redirect_uri", loggedOut)
                .encode().build().toUriString();
    }

    /** Where the provider ends its own session, if it says; null when it does not or cannot be reached. */
    private Object endSessionEndpoint() {
        try {
            return endSessionOf(registration());
        } catch (RuntimeException e) {
            log.warn("OpenID Connect provider not reachable at logout ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private static Object endSessionOf(ClientRegistration provider) {
        return provider.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
    }

    /** The provider's registration, read from its discovery document on first use; PKCE on every login. */
    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(OidcSettings.REGISTRATION).clientId(settings.clientId())
                    .clientSecret(settings.clientSecret()).scope(settings.scopes()).clientName(settings.label())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build()).build();
            registration = known;
        }
        return known;
    }

    /** A provider that cannot be reached: back to the login page with a message, not an error page. */
    private final class ProviderUnavailable extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().equals(request.getContextPath() + START);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                registration();
            } catch (RuntimeException e) {
                log.warn("OpenID Connect provider not reachable ({})", e.getClass().getSimpleName());
                LoginSteps.redirect(response, request, "/login?oidc=unavailable");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Only the login is wanted from the provider: its access token is not kept, in the session or elsewhere. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client,
                Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }

        @Override
        public void removeAuthorizedClient(String registrationId,
                Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }
    }
}
