package no.smertereg.shared;

import org.springframework.http.HttpStatus;

/**
 * A failure the user can act on. The message is a key in the message files (messages*.properties), resolved in
 * the caller's language when the answer is written.
 */
public abstract class RegistryException extends RuntimeException {

    private final transient Object[] args;

    protected RegistryException(String messageCode, Object... args) {
        super(messageCode);
        this.args = args.clone();
    }

    public String messageCode() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }

    public abstract HttpStatus status();
}
