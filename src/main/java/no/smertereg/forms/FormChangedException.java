package no.smertereg.forms;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import no.smertereg.shared.ConflictException;
import no.smertereg.shared.RegistryClock;

/**
 * A write on a form that someone changed after the caller read it: 409 about the field {@code version}, saying who
 * changed the form and when (a user name and a time, no answers), so that a page can offer the current version.
 */
public class FormChangedException extends ConflictException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(RegistryClock.ZONE);

    private final String changedBy;
    private final Instant changedAt;

    FormChangedException(FormKey key, String changedBy, Instant changedAt, long current, Long sent) {
        super("error.form.changedBy", key.label(), changedBy, TIME.format(changedAt), String.valueOf(current),
                String.valueOf(sent));
        about("version");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The user name of whoever made the last change. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The time of the change as the pages show times (Europe/Oslo). */
    public String changedAtText() {
        return TIME.format(changedAt);
    }
}
