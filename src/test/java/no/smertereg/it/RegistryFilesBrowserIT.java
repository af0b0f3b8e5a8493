package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 point 6, "Registerfiler", in Debian chromium. SC publishes a PDF on {@code /registerfiler} (reached by
 * the header's "Registerfiler" link) and a clinician (LU) downloads it: the same bytes, as an attachment of type
 * {@code application/pdf}; a file that is not a PDF (though named {@code .pdf}), one over the 20 MB limit and a
 * missing title are refused at their field with the title kept and nothing stored; a clinician's upload and removal
 * are 403 and change nothing. On the old main there was no such page (404) and no header link, so each step failed.
 */
class RegistryFilesBrowserIT extends IntegrationTest {

    private static final long LIMIT = 20L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void scPublishesAPdf_andAClinicianDownloadsTheSameBytes() throws Exception {
        String title = "Brukerveiledning " + System.nanoTime();
        byte[] pdf = pdf("SmerteReg brukerveiledning");
        Path guide = Files.write(dir.resolve("Brukerveiledning SmerteReg.pdf"), pdf);

        long id;
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "sc", "demo");
            browser.click("#nav-more summary");
            browser.submitWith("#nav-files");
            assertThat(browser.url()).endsWith("/registerfiler");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.type("#title", title);
            browser.chooseFile("#file", guide);
            browser.submitWith("#publish");

            assertThat(browser.text()).contains("«" + title + "» er publisert.");
            id = jdbc.queryForObject("select id from registry_file where title = ?", Long.class, title);
            assertThat(browser.find("#file-" + id).getText()).contains(title, "Brukerveiledning SmerteReg.pdf",
                    "sc");
            assertThat(browser.shown("#retire-" + id)).isTrue();
            browser.screenshot("registry-files-sc-published");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REGISTRY_FILE_UPLOAD' "
                + "and username = 'sc' and form = ?", Long.class, "fil " + id)).isOne();

        Path downloads = dir.resolve("downloads");
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            browser.downloadTo(downloads);
            logIn(browser, "lu.haukeland", "demo");
            browser.click("#nav-more summary");
            browser.submitWith("#nav-files");
            assertThat(browser.find("#file-" + id).getText()).contains(title);
            assertThat(browser.shown("#publish-form")).as("no upload form for a clinician").isFalse();
            assertThat(browser.shown("#retire-" + id)).as("no Fjern for a clinician").isFalse();
            browser.screenshot("registry-files-clinician");
            browser.click("#download-" + id);
            Path downloaded = RealBrowser.waitForDownload(downloads.resolve("Brukerveiledning SmerteReg.pdf"));
            assertThat(Files.readAllBytes(downloaded)).as("the clinician's copy is SC's file").isEqualTo(pdf);
        }

        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        HttpResponse<String> download = clinician.get("/registerfiler/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("Brukerveiledning");
    }

    @Test
    void aFileThatIsNotAPdf_oneOverTheLimit_andAMissingTitle_areRefusedAtTheirField_andNothingIsStored()
            throws Exception {
        Path notPdf = Files.writeString(dir.resolve("papirskjema.pdf"), "<html><body>Ikke en PDF</body></html>");
        Path tooLarge = dir.resolve("for-stor.pdf");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(LIMIT + 1);
        }
        String title = "Papirskjema " + System.nanoTime();
        long files = count("registry_file");
        long audits = count("audit_event where action = 'REGISTRY_FILE_UPLOAD'");

        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "sc", "demo");
            browser.open("/registerfiler");
            browser.chooseFile("#file", notPdf);
            browser.submitWith("#publish");
            assertThat(browser.find("#publish-problems").getText()).contains("ikke publisert");
            assertThat(browser.find("#title-problem").getText()).isEqualTo("Tittel må fylles ut.");
            assertThat(browser.find("#file-problem").getText()).startsWith("Fil:").contains("ikke en PDF");
            assertThat(browser.find("#file").getAttribute("class")).contains("is-invalid");
            browser.screenshot("registry-files-not-pdf");

            browser.type("#title", title);
            browser.chooseFile("#file", tooLarge);
            browser.submitWith("#publish");
            assertThat(browser.find("#file-problem").getText()).startsWith("Fil:").contains("20 MB");
            assertThat(browser.shown("#title-problem")).isFalse();
            assertThat(browser.find("#title").getAttribute("value")).as("what SC typed stays").isEqualTo(title);
            browser.screenshot("registry-files-too-large");
        }
        assertThat(count("registry_file")).as("nothing stored").isEqualTo(files);
        assertThat(count("audit_event where action = 'REGISTRY_FILE_UPLOAD'")).isEqualTo(audits);

        SessionClient sc = new SessionClient(port, jdbc);
        sc.loginAs("sc", "demo");
        HttpResponse<String> notAPdf = upload(sc, title, "papirskjema.pdf", Files.readAllBytes(notPdf));
        assertThat(notAPdf.statusCode()).isEqualTo(400);
        assertThat(notAPdf.body()).contains("ikke en PDF");
        assertThat(count("registry_file")).isEqualTo(files);
    }

    @Test
    void aClinicianCannotPublishOrRemove_403_andNothingChanges() throws Exception {
        SessionClient sc = new SessionClient(port, jdbc);
        sc.loginAs("sc", "demo");
        String title = "Papirskjema B1.1 " + System.nanoTime();
        assertThat(upload(sc, title, "b11.pdf", pdf("B1.1")).statusCode()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from registry_file where title = ?", Long.class, title);
        long files = count("registry_file");

        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        HttpResponse<String> upload = upload(clinician, "Falsk veileder", "falsk.pdf", pdf("Falsk"));
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(upload.body()).contains("Bare registerledelsen (SC)");
        HttpResponse<String> retire = clinician.post("/registerfiler/" + id + "/fjerning", java.util.Map.of());
        assertThat(retire.statusCode()).isEqualTo(403);

        assertThat(count("registry_file")).isEqualTo(files);
        assertThat(jdbc.queryForObject("select retired from registry_file where id = ?", Boolean.class, id))
                .isFalse();
        assertThat(clinician.get("/registerfiler").body()).contains(title);

        HttpResponse<String> removed = sc.post("/registerfiler/" + id + "/fjerning", java.util.Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(clinician.get("/registerfiler").body()).doesNotContain(title);
        assertThat(clinician.get("/registerfiler/" + id).statusCode()).as("a removed file is not served")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REGISTRY_FILE_RETIRE' "
                + "and username = 'sc' and form = ?", Long.class, "fil " + id)).isOne();
    }

    /** A small real PDF, as a user guide would be. */
    private static byte[] pdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** The browser's multipart upload of the page's form: title and file, with the session's CSRF token. */
    private static HttpResponse<String> upload(SessionClient session, String title, String fileName, byte[] bytes)
            throws IOException, InterruptedException {
        String boundary = "----registerfiler" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send("POST", "/registerfiler", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary);
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }

}
