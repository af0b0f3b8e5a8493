package no.smertereg.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual tables as one PDF (OPR O3, the tables of its annual report): each indicator year by year, the unit's
 * figures (the nation's without a unit), and the descriptive table over the years, as the page shows them.
 */
@Component
class AnnualTablesPdf {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    AnnualTablesPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(String title, boolean unit, List<DefinedIndicators.Report> years, DescriptiveTables.Table table,
            Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
        pdf.add(new Paragraph(text(locale, "annual.subtitle", years.get(0).year(), years.get(years.size() - 1).year(),
                years.get(0).minimum()), small()));
        PdfPTable indicators = new PdfPTable(years.size() + 1);
        indicators.setWidthPercentage(100);
        float[] widths = new float[years.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 3f;
        indicators.setWidths(widths);
        indicators.setSpacingBefore(10);
        indicators.setHeaderRows(1);
        indicators.addCell(header(text(locale, "report.indicator")));
        years.forEach(r -> indicators.addCell(header(String.valueOf(r.year()))));
        for (int i = 0; i < years.get(0).lines().size(); i++) {
            indicators.addCell(cell(years.get(0).lines().get(i).rule().label(), Element.ALIGN_LEFT));
            for (DefinedIndicators.Report report : years) {
                DefinedIndicators.Line line = report.lines().get(i);
                indicators.addCell(cell(figure(unit ? line.unit() : line.national(), locale), Element.ALIGN_RIGHT));
            }
        }
        pdf.add(indicators);
        if (table != null) {
            pdf.add(descriptive(table, locale));
        }
        pdf.close();
        return out.toByteArray();
    }

    private Element descriptive(DescriptiveTables.Table table, Locale locale) {
        Paragraph section = new Paragraph(table.label() + " " + text(locale, "descriptive.period",
                DATE.format(table.from()), DATE.format(table.to()), table.n()), FontFactory.getFont(
                        FontFactory.HELVETICA_BOLD, 11));
        section.setSpacingBefore(14);
        if (!table.shown()) {
            section.add(new Paragraph(text(locale, "defined.few", table.minimum()), small()));
            return section;
        }
        PdfPTable rows = new PdfPTable(new float[] {3f, 1.3f, 1.6f, 1.3f});
        rows.setWidthPercentage(100);
        rows.setSpacingBefore(6);
        rows.setHeaderRows(1);
        rows.addCell(header(""));
        rows.addCell(header(text(locale, "descriptive.answered")));
        rows.addCell(header(text(locale, "descriptive.mean")));
        rows.addCell(header(text(locale, "descriptive.count")));
        for (DescriptiveTables.Line line : table.lines()) {
            rows.addCell(cell(line.label(), Element.ALIGN_LEFT));
            rows.addCell(cell(text(locale, "descriptive.share", line.answered(), line.answeredPercent()),
                    Element.ALIGN_RIGHT));
            rows.addCell(cell(line.mean() == null ? "" : text(locale, "descriptive.number", line.mean(), line.min(),
                    line.max(), line.median()), Element.ALIGN_RIGHT));
            boolean single = line.parts().size() == 1 && line.parts().get(0).label() == null;
            rows.addCell(cell(single ? text(locale, "descriptive.share", line.parts().get(0).count(),
                    line.parts().get(0).percent()) : "", Element.ALIGN_RIGHT));
            for (DescriptiveTables.Part part : line.parts()) {
                if (part.label() != null) {
                    rows.addCell(cell("    " + part.label(), Element.ALIGN_LEFT));
                    rows.addCell(cell("", Element.ALIGN_RIGHT));
                    rows.addCell(cell("", Element.ALIGN_RIGHT));
                    rows.addCell(cell(text(locale, "descriptive.share", part.count(), part.percent()),
                            Element.ALIGN_RIGHT));
                }
            }
        }
        section.add(rows);
        return section;
    }

    private String figure(DefinedIndicators.Figure f, Locale locale) {
        if (f.denominator() == 0) {
            return "–";
        }
        return f.shown() ? text(locale, "defined.figure", f.numerator(), f.denominator(), f.percent())
                : text(locale, "defined.few", f.minimum());
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8)));
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, small()));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static Font small() {
        return FontFactory.getFont(FontFactory.HELVETICA, 8);
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
