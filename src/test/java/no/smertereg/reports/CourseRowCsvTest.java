package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The export's column contract, its cell format, and that nothing outside the contract can appear. */
class CourseRowCsvTest {

    /** The contract, written out: Rapporteket's names, in this order. A change here is a change for the analysts. */
    static final List<String> CONTRACT = List.of("ForlopsID", "PasientID", "AvdRESH", "SykehusNavn", "Lokasjon", "InnlAvd",
            "InklusjonStatus", "Reservasjonsstatus", "HenvistDato", "StartdatoTO", "Tilsett", "alder", "Norsktalende", "KognSvekket",
            "InklKritOppf", "SkriftligSamtyk", "TypeManglSamt", "MoEkvivalens", "AngiNRS12", "StSmRo12", "SvSmRo12",
            "StSmBev12", "SvSmBev12", "AkseptabelSmerte12", "Funksjon12", "AngiNRS21", "StSmRo21", "SvSmRo21",
            "StSmBev21", "SvSmBev21", "AkseptabelSmerte21", "Funksjon21", "SluttDato", "AntPasTils", "AntTilsLege",
            "AntTilsSykPleier", "AntTilsPsyk", "AntTilsFysioT", "AntTilsSosio", "AntTilsKonfLege",
            "AntTilsRadBehandlerAST", "AntTilsAmbLege", "AntTilsAmbSpl", "AntTilsPrest", "TotTid", "IkkeMedBeh", "VidereOppf",
            "BehNedtrappAvsluttTils", "Journalnotat", "MoEkvivalens22", "OppfSmeKl", "PasDelUfylPR",
            "GrManglUtfylPR", "PasDelUtf", "GrManglUtfylHADS", "PasdelUtfylEval", "AarsakmanglUfylEval", "EvalSpm3",
            "PasdelUtfylOpioid", "AarsakmanglUtfylOpioid");

    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?i).*(IntKom|kommentar|comment|fnr|fodselsnummer|personnummer|nationalid|navn|name|adresse|telefon"
                    + "|epost|fdato|fodselsdato).*");

    @Test
    void headerIsTheContractInItsFixedOrder() throws IOException {
        String csv = CourseRowCsv.toCsv(List.of());
        assertThat(csv).isEqualTo(String.join(";", CONTRACT) + "\r\n");
        assertThat(Arrays.stream(ReportColumn.values()).map(Enum::name)).containsExactlyElementsOf(CONTRACT);
    }

    @Test
    void noColumnCanHoldAnIdentityNumberANameOrAnInternalComment() {
        assertThat(CONTRACT.stream().filter(c -> !c.equals("SykehusNavn")))
                .noneMatch(c -> FORBIDDEN.matcher(c).matches());
        assertThat(ReportColumn.valueOf("PasientID").kind()).as("the registry PID, a number, never the identity "
                + "number").isEqualTo(ReportColumn.Kind.ID);
        assertThat(ReportColumn.SykehusNavn.source()).isEqualTo(ReportColumn.Source.COURSE);
    }

    @Test
    void cellsAreEmptyDatesIsoDecimalsPlainAndOneLinePerCourse() throws IOException {
        CourseRow row = CourseRow.builder().with(ReportColumn.ForlopsID, 42L).with(ReportColumn.PasientID, 7L)
                .with(ReportColumn.AvdRESH, "100082").with(ReportColumn.SykehusNavn, "Haukeland")
                .with(ReportColumn.StartdatoTO, LocalDate.of(2026, 11, 16)).with(ReportColumn.Tilsett, 1)
                .with(ReportColumn.StSmBev12, 99).with(ReportColumn.MoEkvivalens, new BigDecimal("12.50"))
                .build();
        List<CSVRecord> records = parse(CourseRowCsv.toCsv(List.of(row, row)));
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("ForlopsID")).isEqualTo("42");
        assertThat(first.get("PasientID")).isEqualTo("7");
        assertThat(first.get("SykehusNavn")).isEqualTo("Haukeland");
        assertThat(first.get("StartdatoTO")).isEqualTo("2026-11-16");
        assertThat(first.get("StSmBev12")).isEqualTo("99");
        assertThat(first.get("MoEkvivalens")).isEqualTo("12.50");
        assertThat(first.get("HenvistDato")).isEmpty();
        assertThat(first.size()).isEqualTo(CONTRACT.size());
    }

    @Test
    void aTextThatASpreadsheetWouldRunIsDefused() throws IOException {
        CourseRow row = CourseRow.builder().with(ReportColumn.SykehusNavn, "=HYPERLINK(\"x\")").build();
        assertThat(parse(CourseRowCsv.toCsv(List.of(row))).get(0).get("SykehusNavn"))
                .isEqualTo("'=HYPERLINK(\"x\")");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
