package no.smertereg.shared;

import java.util.Optional;

import org.springframework.http.HttpStatus;

/** The action does not fit the current state (stale version, locked form, finalised course): 409. */
public class ConflictException extends RegistryException {

    /** The request field the conflict is about ({@code version} for a stale version), or null. */
    private String field;

    public ConflictException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    /** A conflict about one field of the request, which the API names in {@code errors[].field}. */
    public static ConflictException onField(String field, String messageCode, Object... args) {
        ConflictException conflict = new ConflictException(messageCode, args);
        conflict.about(field);
        return conflict;
    }

    protected final void about(String requestField) {
        this.field = requestField;
    }

    /** Optimistic locking as seen by the client: it must send the version it read. */
    public static void requireVersion(long current, Long sent) {
        if (sent == null || sent != current) {
            throw onField("version", "error.staleVersion", current, sent);
        }
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
