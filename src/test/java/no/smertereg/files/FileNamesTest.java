package no.smertereg.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** What a downloaded file is called, whatever name the uploader's browser sent; and what counts as a PDF. */
class FileNamesTest {

    @Test
    void aNameKeepsItsWordsAndLetters_andEndsInPdf() {
        assertThat(FileNames.clean("Brukerveiledning SmerteReg 2026.pdf")).isEqualTo(
                "Brukerveiledning SmerteReg 2026.pdf");
        assertThat(FileNames.clean("Pasientskjema – Ø.PDF")).isEqualTo("Pasientskjema – Ø.pdf");
        assertThat(FileNames.clean("skjema")).isEqualTo("skjema.pdf");
    }

    @Test
    void noFolderOfAnySystemStays() {
        assertThat(FileNames.clean("C:\\Users\\ola\\Documents\\veileder.pdf")).isEqualTo("veileder.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(FileNames.clean("/tmp/.skjult.pdf")).isEqualTo("skjult.pdf");
    }

    @Test
    void controlAndInvisibleCharactersGo_soNoHeaderCanBeInjectedAndNoExtensionHidden() {
        assertThat(FileNames.clean("a\r\nSet-Cookie: x=y.pdf")).isEqualTo("a Set-Cookie_ x=y.pdf");
        assertThat(FileNames.clean("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe.pdf");
        assertThat(FileNames.clean("tab\tnull\u0000.pdf")).isEqualTo("tab null.pdf");
        assertThat(FileNames.clean("\"quoted\"; filename=evil.pdf")).isEqualTo("_quoted__ filename=evil.pdf");
    }

    @Test
    void anEmptyOrDotsOnlyNameGetsAPlainOne_andALongNameIsCut() {
        assertThat(FileNames.clean(null)).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.clean("")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.clean("...")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.clean(".pdf")).isEqualTo(FileNames.FALLBACK);
        String cut = FileNames.clean("x".repeat(400) + ".pdf");
        assertThat(cut).hasSize(FileNames.MAX_LENGTH).endsWith("x.pdf");
    }

    @Test
    void theContentDispositionHeaderOfACleanedNameIsOneLine() {
        String header = ContentDisposition.attachment().filename(FileNames.clean("a\r\nb \"c\" ø.pdf"),
                StandardCharsets.UTF_8).build().toString();
        assertThat(header).startsWith("attachment;").doesNotContain("\r", "\n");
    }

    @Test
    void aPdfIsKnownByItsFirstBytes_notByItsName() {
        assertThat(RegistryFiles.isPdf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(RegistryFiles.isPdf("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(RegistryFiles.isPdf("%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(RegistryFiles.isPdf(new byte[0])).isFalse();
    }
}
