package no.smertereg.course.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.SubmittedFormCheck;
import no.smertereg.shared.InvalidInputException;

/**
 * Complete listener of every form task. A completion through the registry has stored its answers already; one
 * from Tasklist (submit-form) is validated and stored here against the same {@code .form} file, and its
 * answers are removed from the engine in the same transaction. Invalid answers refuse the completion.
 */
@Component("formTaskCompleteListener")
class FormTaskCompleteListener implements TaskListener {

    private final TasklistCompletion completion;
    private final SubmittedFormCheck formCheck;

    FormTaskCompleteListener(TasklistCompletion completion, SubmittedFormCheck formCheck) {
        this.completion = completion;
        this.formCheck = formCheck;
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
            throw new BadUserRequestException(formCheck.describe(e));
        }
    }
}
