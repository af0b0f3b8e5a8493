package no.smertereg.access;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login through an OpenID Connect provider (ADR 0015, README "Innlogging med HelseID eller ID-porten"): off unless
 * {@code registry.oidc.enabled}. {@code identifierClaim} names the ID token's claim that holds the identifier stored
 * as the user's {@code external_id} (HelseID: the HPR number; ID-porten: {@code pid}). Where {@code levelClaim} is
 * set, the token's value of it must be one of {@code levels} (HelseID's security level 4, ID-porten's
 * {@code idporten-loa-high}): a weaker login does not replace password and SMS code.
 */
@ConfigurationProperties("registry.oidc")
record OidcSettings(@DefaultValue("false") boolean enabled, @DefaultValue("HelseID") String label,
        String issuerUri, String clientId, String clientSecret,
        @DefaultValue({"openid", "profile"}) List<String> scopes, @DefaultValue("sub") String identifierClaim,
        String levelClaim, List<String> levels) {

    static final String REGISTRATION = "oidc";

    OidcSettings {
        if (enabled && (issuerUri == null || issuerUri.isBlank() || clientId == null || clientId.isBlank())) {
            throw new IllegalStateException("registry.oidc.enabled needs registry.oidc.issuer-uri and client-id");
        }
    }

    /** Whether the ID token's claims show a login as strong as required (always, where no level is required). */
    boolean strongEnough(Map<String, Object> claims) {
        if (levelClaim == null || levelClaim.isBlank()) {
            return true;
        }
        Object level = claims.get(levelClaim);
        return level != null && levels != null && levels.contains(level.toString());
    }

    /** The provider's origin, which the login pages' CSP lets a form (the logout) go on to. */
    String issuerOrigin() {
        return originOf(issuerUri);
    }

    static String originOf(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
