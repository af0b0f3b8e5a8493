package no.smertereg.shared;

import org.springframework.http.HttpStatus;

/** A client over its limit (anonymous applications, portal codes): 429, try again later. */
public class TooManyRequestsException extends RegistryException {

    public TooManyRequestsException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.TOO_MANY_REQUESTS;
    }
}
