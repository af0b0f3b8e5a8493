package no.smertereg.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An operator who turns OIDC login on without a provider learns at start which settings are missing. */
class OidcSettingsTest {

    @Test
    void enabledWithoutIssuerOrClient_failsAtStart_namingTheSettings() {
        assertThatThrownBy(() -> new OidcSettings(true, "HelseID", "", "client", null, List.of("openid"), "sub"))
                .hasMessageContaining("registry.oidc.issuer-uri");
        assertThatThrownBy(() -> new OidcSettings(true, "HelseID", "https://helseid-sts.nhn.no", " ", null,
                List.of("openid"), "sub")).hasMessageContaining("client-id");
    }

    @Test
    void offNeedsNothing_andTheProvidersOriginIsWhereTheLogoutFormMayGo() {
        assertThat(new OidcSettings(false, "HelseID", "", "", null, List.of(), "sub").enabled()).isFalse();
        assertThat(new OidcSettings(true, "HelseID", "https://helseid-sts.nhn.no/connect", "c", "s",
                List.of("openid"), "sub").issuerOrigin()).isEqualTo("https://helseid-sts.nhn.no");
    }
}
