package no.smertereg.shared;

import org.springframework.http.HttpStatus;

/** The action does not fit the current state (stale version, locked form, finalised course): 409. */
public class ConflictException extends RegistryException {

    public ConflictException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    /** Optimistic locking as seen by the client: it must send the version it read. */
    public static void requireVersion(long current, Long sent) {
        if (sent == null || sent != current) {
            throw new ConflictException("error.staleVersion", current, sent);
        }
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
