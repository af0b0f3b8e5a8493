package no.smertereg.access;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An engine command the access processes refuse (a review completed outside the registry, an approval decision
 * without its reason): the registry's command interceptor answers it with 400 and this message.
 */
public class AccessRefusal extends BadUserRequestException {

    public AccessRefusal(String message) {
        super(message);
    }
}
