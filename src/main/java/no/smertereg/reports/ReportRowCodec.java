package no.smertereg.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A {@link CourseRow} as the read model stores it: the codebook's columns as a JSON array in {@link ReportColumn}
 * order (numbers as numbers, decimals and dates as text, so that "1.50" and a date come back as they were; null for
 * missing), the extra columns as a JSON object. SykehusNavn is not stored: a unit's name is today's when read.
 */
final class ReportRowCodec {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper EXTRAS = new ObjectMapper();
    private static final ReportColumn[] COLUMNS = ReportColumn.values();

    private ReportRowCodec() {
    }

    static String values(CourseRow row) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (ReportColumn column : COLUMNS) {
                Object value = column == ReportColumn.SykehusNavn ? null : row.get(column);
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof Long number) {
                    json.writeNumber(number);
                } else if (value instanceof Integer number) {
                    json.writeNumber(number);
                } else if (value instanceof BigDecimal decimal) {
                    json.writeString(decimal.toString());
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The extra columns, or null without any. */
    static String extras(CourseRow row) {
        if (row.extras().isEmpty()) {
            return null;
        }
        try {
            return EXTRAS.writeValueAsString(row.extras());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CourseRow row(String values, String extras, String unitName) {
        CourseRow.Builder row = CourseRow.builder();
        try (JsonParser json = JSON.createParser(values)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("a report row's values are an array");
            }
            for (ReportColumn column : COLUMNS) {
                JsonToken token = json.nextToken();
                if (token != JsonToken.VALUE_NULL) {
                    row.with(column, value(column, json));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.with(ReportColumn.SykehusNavn, unitName);
        if (extras != null) {
            extras(extras).forEach(row::extra);
        }
        return row.build();
    }

    private static Object value(ReportColumn column, JsonParser json) throws IOException {
        return switch (column.kind()) {
            case ID -> json.getLongValue();
            case INTEGER, CODE -> json.getIntValue();
            case DECIMAL -> new BigDecimal(json.getText());
            case DATE -> LocalDate.parse(json.getText());
            case TEXT -> json.getText();
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extras(String extras) {
        try {
            return EXTRAS.readValue(extras, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
