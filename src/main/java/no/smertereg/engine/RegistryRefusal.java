package no.smertereg.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An engine command the registry refuses (a form task completed with answers that do not pass, a task completed
 * outside the registry, a decision without its reason), with the reason worded for the user: the command
 * interceptor answers it with 400 and this message.
 */
public class RegistryRefusal extends BadUserRequestException {

    public RegistryRefusal(String message) {
        super(message);
    }
}
