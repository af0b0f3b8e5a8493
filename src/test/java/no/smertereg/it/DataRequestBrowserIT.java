package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's research data request in Debian chromium, at OPR: SC logs the application from the page (a missing field
 * is named and what was typed stays), the council records its decision with fewer variables, SC records the agreement,
 * and downloads the extract of the granted variables; the list is the annual report's project list.
 */
class DataRequestBrowserIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    Path dir;

    @Test
    void application_decision_agreement_andTheExtract() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        long request;
        try (RealBrowser sc = new RealBrowser(port, 1280, 1000)) {
            logIn(sc, "sc.opr", "demo");
            sc.click("#nav-more summary");
            sc.submitWith("#nav-dataRequests");
            assertThat(sc.text()).contains("Utleveringer").contains("Variabler som kan utleveres");
            assertThat(sc.unlabelledFields()).isEmpty();
            sc.type("#responsible", "Forsker B");
            sc.type("#researchQuestion", "Sover pasienter med nevropati bedre etter behandling?");
            sc.type("#variables", "REGISTRERING.DiagnoseICD10\nBASELINE.SmerteGjennomsnitt\nBASELINE.EQ5D_VAS");
            sc.setDate("#periodFrom", today.minusYears(1).toString());
            sc.setDate("#periodTo", today.toString());
            sc.type("#legalBasis", "PVO 20/08986");
            sc.setDate("#receivedOn", today.toString());
            sc.submitWith("#apply");
            assertThat(sc.find("#project-problem").getText()).isEqualTo("Fyll ut feltet.");
            assertThat(sc.find("#researchQuestion").getAttribute("value"))
                    .isEqualTo("Sover pasienter med nevropati bedre etter behandling?");

            sc.type("#project", "Søvn og nevropati");
            sc.submitWith("#apply");
            assertThat(sc.text()).contains("venter på fagrådets vedtak");
            request = Long.parseLong(sc.url().replaceAll(".*/utleveringer/(\\d+).*", "$1"));
            assertThat(sc.findAll("#save-decision")).as("SC does not decide").isEmpty();
            sc.screenshot("data-request-applied");
        }

        try (RealBrowser council = new RealBrowser(port, 1280, 1000)) {
            logIn(council, "fagrad.opr", "demo");
            council.submitWith("#nav-dataRequests");
            council.submitWith("#project-" + request + " a");
            council.click("#decision-approve");
            council.setDate("#decidedOn", today.toString());
            council.find("#approvedVariables").clear();
            council.type("#approvedVariables", "REGISTRERING.DiagnoseICD10 BASELINE.SmerteGjennomsnitt");
            council.type("#note", "EQ-5D VAS utleveres ikke.");
            council.submitWith("#save-decision");
            assertThat(council.find("#request-state").getText()).isEqualTo("Innvilget, venter på avtale");
            assertThat(council.findAll("#download-extract")).isEmpty();
            council.screenshot("data-request-decided");
        }

        Path downloads = dir.resolve("downloads");
        try (RealBrowser sc = new RealBrowser(port, 1280, 1000)) {
            sc.downloadTo(downloads);
            logIn(sc, "sc.opr", "demo");
            sc.open("/utleveringer/" + request);
            sc.setDate("#agreementOn", today.toString());
            sc.type("#agreementReference", "OUS 26/09876");
            sc.submitWith("#save-agreement");
            assertThat(sc.text()).contains("uttrekket lages nå");
            String instance = jdbc.queryForObject("select process_instance_id from data_request where id = ?",
                    String.class, request);
            runDueJobs(instance, today.atTime(LocalTime.now(OSLO)).plusMinutes(1).toString());

            sc.open("/utleveringer/" + request);
            assertThat(sc.find("#request-state").getText()).isEqualTo("Utlevert");
            sc.click("#download-extract");
            List<String> lines = Files.readAllLines(RealBrowser.waitForDownload(downloads.resolve(
                    "utlevering-" + request + ".csv")));
            assertThat(lines.get(0)).isEqualTo("Pseudonym;AvdRESH;REGISTRERING.DiagnoseICD10;"
                    + "BASELINE.SmerteGjennomsnitt");

            sc.open("/utleveringer");
            assertThat(sc.find("#project-" + request).getText()).contains("Forsker B", "Søvn og nevropati",
                    "REGISTRERING.DiagnoseICD10, BASELINE.SmerteGjennomsnitt", "Utlevert");
            sc.screenshot("data-request-projects");
        }
    }
}
