package no.smertereg.access;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login through an OpenID Connect provider (ADR 0015, README "Innlogging med HelseID eller ID-porten"): off unless
 * {@code registry.oidc.enabled}. {@code identifierClaim} names the ID token's claim that holds the identifier stored
 * as the user's {@code external_id} (HelseID: the HPR number; ID-porten: {@code pid}).
 */
@ConfigurationProperties("registry.oidc")
record OidcSettings(@DefaultValue("false") boolean enabled, @DefaultValue("HelseID") String label,
        String issuerUri, String clientId, String clientSecret,
        @DefaultValue({"openid", "profile"}) List<String> scopes, @DefaultValue("sub") String identifierClaim) {

    static final String REGISTRATION = "oidc";

    OidcSettings {
        if (enabled && (issuerUri == null || issuerUri.isBlank() || clientId == null || clientId.isBlank())) {
            throw new IllegalStateException("registry.oidc.enabled needs registry.oidc.issuer-uri and client-id");
        }
    }

    /** The provider's origin, which the login pages' CSP lets a form (the logout) go on to. */
    String issuerOrigin() {
        URI issuer = URI.create(issuerUri);
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }
}
