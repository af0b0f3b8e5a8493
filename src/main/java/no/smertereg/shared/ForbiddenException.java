package no.smertereg.shared;

import org.springframework.http.HttpStatus;

/** The user may see the data but the role does not allow the action: 403. */
public class ForbiddenException extends RegistryException {

    public ForbiddenException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
