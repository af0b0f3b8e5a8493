package no.smertereg.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.smertereg.shared.InvalidInputException;

/** Form fields of the privacy pages: an enum option and an ISO date, each refused on its own field name. */
final class PageInput {

    private PageInput() {
    }

    static <E extends Enum<E>> E option(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "error.privacy." + field + "Required");
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "error.privacy." + field + "Required");
        }
    }
}
