package no.smertereg.course.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Around every engine command: Tasklist's task comments are refused (free text that would land in the engine's
 * history; internal comments belong to the registry's forms), and a registry refusal raised inside the engine
 * comes out as a form validation error, which the engine REST API answers with 400.
 */
class RegistryCommandInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd) {
            throw new BadUserRequestException("Kommentarer skrives som intern kommentar på skjemaet i registeret, "
                    + "ikke i Tasklist. / Comments belong on the registry form, not in Tasklist.");
        }
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RegistryRefusal refusal) {
                    throw new FormFieldValidationException(refusal.getMessage(), refusal.getMessage());
                }
            }
            throw e;
        }
    }

    /** A completion the registry refuses, with the reason worded for the user. */
    static final class RegistryRefusal extends BadUserRequestException {
        RegistryRefusal(String message) {
            super(message);
        }
    }
}
