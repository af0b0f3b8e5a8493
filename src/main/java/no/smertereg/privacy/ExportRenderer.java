package no.smertereg.privacy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/** The access export as JSON (machine-readable, every field) and as PDF (the same content, for the patient). */
@Component
class ExportRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ObjectMapper json;
    private final MessageSource messages;

    ExportRenderer(ObjectMapper json, MessageSource messages) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.messages = messages;
    }

    byte[] json(PatientExport.Document document) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pid", document.pid());
            body.put("generatedAt", document.generatedAt());
            body.put("accessLogPresent", document.accessLogPresent());
            body.put("sections", document.sections());
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Export of PID " + document.pid() + " not serialisable", e);
        }
    }

    byte[] pdf(PatientExport.Document document, Locale locale) {
        Map<?, ?> plain = json.convertValue(document.sections(), Map.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph(text("export.title", locale, document.pid()),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        pdf.add(new Paragraph(text("export.generated", locale, TIME.format(LocalDateTime.ofInstant(
                document.generatedAt(), RegistryClock.ZONE))), FontFactory.getFont(FontFactory.HELVETICA, 9)));
        for (Map.Entry<?, ?> section : plain.entrySet()) {
            Paragraph heading = new Paragraph(text("export.section." + section.getKey(), locale),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13));
            heading.setSpacingBefore(12);
            pdf.add(heading);
            Object value = section.getValue();
            if (value instanceof Collection<?> list && list.isEmpty()) {
                pdf.add(new Paragraph(text("export.none", locale), small()));
            } else {
                add(pdf, value, 0);
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    private void add(Document pdf, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> || e.getValue() instanceof Collection<?> c && !c.isEmpty()) {
                    pdf.add(line(depth, e.getKey() + ":"));
                    add(pdf, e.getValue(), depth + 1);
                } else if (e.getValue() != null) {
                    pdf.add(line(depth, e.getKey() + ": " + e.getValue()));
                }
            }
        } else if (value instanceof Collection<?> list) {
            int i = 1;
            for (Object item : list) {
                Paragraph number = line(depth, "#" + i++);
                number.setSpacingBefore(4);
                pdf.add(number);
                add(pdf, item, depth + 1);
            }
        } else if (value != null) {
            pdf.add(line(depth, value.toString()));
        }
    }

    private static Paragraph line(int depth, String text) {
        Paragraph p = new Paragraph(new Chunk(text, small()));
        p.setIndentationLeft(depth * 12f);
        return p;
    }

    private static Font small() {
        return FontFactory.getFont(FontFactory.HELVETICA, 9);
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, MessageArgs.plain(args), locale);
    }
}
