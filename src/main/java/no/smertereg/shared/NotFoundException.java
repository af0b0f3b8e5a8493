package no.smertereg.shared;

import org.springframework.http.HttpStatus;

/** An id that does not exist, or that the current user may not see: both answer 404. */
public class NotFoundException extends RegistryException {

    public NotFoundException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
