package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 7's report page in Debian chromium: LC of Haukeland sees the unit's indicators, SC the national page. */
class ReportPageBrowserIT extends IntegrationTest {

    @Test
    void theUnitAndTheNationalReportPagesShowEachIndicatorWithNumeratorDenominatorAndShare() throws Exception {
        for (int i = 0; i < 5; i++) {
            ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null);
        }
        try (RealBrowser browser = new RealBrowser(port, 1400, 1800)) {
            logIn(browser, "lc.haukeland", "demo");
            browser.submitWith("a[href='/rapporter']");
            browser.setDate("#from", "2026-11-01");
            browser.setDate("#to", "2026-11-30");
            browser.submitWith("#report-show");
            assertThat(browser.text()).contains("Rapporter", "Tilsett av to eller flere faggrupper",
                    "Nedgang i sterkeste smerte ved bevegelse (NRS)", "Antall", "Totalt antall", "Andel",
                    "ePROM-svar", "Tilsyn");
            assertThat(browser.find("#indicator-1 .denominator").getText()).matches("\\d+");
            assertThat(browser.find("#indicator-1 .share").getText()).contains("%");
            assertThat(browser.shown("#report-export")).isTrue();
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("report-unit");
        }
        try (RealBrowser browser = new RealBrowser(port, 1400, 1800)) {
            logIn(browser, "sc", "demo");
            browser.open("/rapporter?from=2026-11-01&to=2026-11-30");
            assertThat(browser.text()).contains("nasjonalt register", "Per sykehus", "Snitt");
            assertThat(browser.shown("#hospital-" + HAUKELAND)).isTrue();
            browser.screenshot("report-national");
        }
    }
}
