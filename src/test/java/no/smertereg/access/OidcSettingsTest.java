package no.smertereg.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** An operator who turns OIDC login on without a provider learns at start which settings are missing. */
class OidcSettingsTest {

    @Test
    void enabledWithoutIssuerOrClient_failsAtStart_namingTheSettings() {
        assertThatThrownBy(() -> new OidcSettings(true, "HelseID", "", "client", null, List.of("openid"), "sub", null, null))
                .hasMessageContaining("registry.oidc.issuer-uri");
        assertThatThrownBy(() -> new OidcSettings(true, "HelseID", "https://helseid-sts.nhn.no", " ", null,
                List.of("openid"), "sub", null, null)).hasMessageContaining("client-id");
    }

    @Test
    void whereALevelIsRequired_aWeakerOrMissingLevelIsNotEnough() {
        OidcSettings helseId = new OidcSettings(true, "HelseID", "https://helseid-sts.nhn.no", "c", "s",
                List.of("openid"), "sub", "helseid://claims/identity/security_level", List.of("4"));
        assertThat(helseId.strongEnough(Map.of("helseid://claims/identity/security_level", "4"))).isTrue();
        assertThat(helseId.strongEnough(Map.of("helseid://claims/identity/security_level", "3"))).isFalse();
        assertThat(helseId.strongEnough(Map.of())).isFalse();
        assertThat(new OidcSettings(true, "HelseID", "https://helseid-sts.nhn.no", "c", "s", List.of("openid"),
                "sub", null, null).strongEnough(Map.of())).as("no level required").isTrue();
    }

    @Test
    void offNeedsNothing_andTheProvidersOriginIsWhereTheLogoutFormMayGo() {
        assertThat(new OidcSettings(false, "HelseID", "", "", null, List.of(), "sub", null, null).enabled()).isFalse();
        assertThat(new OidcSettings(true, "HelseID", "https://helseid-sts.nhn.no/connect", "c", "s",
                List.of("openid"), "sub", null, null).issuerOrigin()).isEqualTo("https://helseid-sts.nhn.no");
    }
}
