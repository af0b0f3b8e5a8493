package no.smertereg.engine;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Around every engine command: task comments and attachments are refused (free text and files that would land in
 * the engine's history; internal comments belong to the registry's forms), so are BPMN errors and escalations on
 * tasks (they would end a form task without the form being checked and stored), and a registry refusal raised
 * inside the engine ({@link RegistryRefusal}) comes out as a form validation error, which the engine REST API answers
 * with 400.
 * A job a person runs is checked before the engine takes it on ({@link UserJobExecutions}).
 */
class RegistryCommandInterceptor extends CommandInterceptor {

    private final IdentityService identity;
    private final Set<String> operatorGroups;

    RegistryCommandInterceptor(IdentityService identity, Set<String> operatorGroups) {
        this.identity = identity;
        this.operatorGroups = operatorGroups;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (UserJobExecutions.countsARefusal(command)) {
            return null;
        }
        Command<Void> check = UserJobExecutions.checkBefore(command, identity.getCurrentAuthentication(),
                operatorGroups);
        if (check != null) {
            next.execute(check);
        }
        if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd
                || command instanceof CreateAttachmentCmd || command instanceof SaveAttachmentCmd) {
            throw new BadUserRequestException("Kommentarer og vedlegg skrives på skjemaet i registeret, ikke i "
                    + "Tasklist. / Comments and attachments belong on the registry form, not in Tasklist.");
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            throw new BadUserRequestException("Skjemaoppgaver avsluttes ved å ferdigstille skjemaet. / Form tasks "
                    + "end when the form is finalised.");
        }
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RegistryRefusal) {
                    throw new FormFieldValidationException(cause.getMessage(), cause.getMessage());
                }
            }
            throw e;
        }
    }
}
