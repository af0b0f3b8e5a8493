package no.smertereg.course.process;

import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormKey;
import no.smertereg.shared.InvalidInputException;

/**
 * Complete listener of every form task. A completion through the registry has stored its answers already; one
 * from Tasklist (submit-form) is validated and stored here against the same {@code .form} file, and its
 * answers are removed from the engine in the same transaction. Invalid answers refuse the completion.
 */
@Component("formTaskCompleteListener")
class FormTaskCompleteListener implements TaskListener {

    private final TasklistCompletion completion;
    private final MessageSource messages;

    FormTaskCompleteListener(TasklistCompletion completion, MessageSource messages) {
        this.completion = completion;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(CourseProcess.VAR_STORED_BY_REGISTRY) != null) {
            return;
        }
        String formRef = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
        FormKey formKey = FormKey.ofFormId(formRef).orElseThrow();
        Long courseId = Long.valueOf(task.getExecution().getProcessBusinessKey());
        boolean correction = task.getProcessDefinitionId().startsWith(CourseProcess.CORRECTION + ":");
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        try {
            TasklistCompletion.Outcome outcome = completion.finalise(courseId, formKey, correction,
                    task.getVariables(), user == null ? "tasklist" : user.getUserId());
            task.removeVariables(outcome.formFields());
            task.getExecution().setVariables(outcome.routingVariables());
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(describe(e));
        }
    }

    private String describe(InvalidInputException e) {
        Locale nb = Locale.forLanguageTag("nb");
        return messages.getMessage(e.messageCode(), e.args(), nb) + " " + e.problems().stream()
                .map(p -> p.field() + ": " + messages.getMessage(p.messageCode(), p.args().toArray(), nb))
                .collect(Collectors.joining("; "));
    }
}
