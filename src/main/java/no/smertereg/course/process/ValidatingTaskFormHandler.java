package no.smertereg.course.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;

import no.smertereg.engine.RegistryRefusal;
import no.smertereg.forms.Registries;
import no.smertereg.shared.RefusalText;
import no.smertereg.shared.RegistryException;

/**
 * Checks a Tasklist submission against the task's {@code .form} and the stored answers before any variable is
 * set, so that bad answers are refused with 400 and the reason, not with a failed completion.
 */
class ValidatingTaskFormHandler implements TaskFormHandler {

    private final TaskFormHandler delegate;
    private final String formId;
    private final ObjectProvider<TasklistCompletion> completion;
    private final ObjectProvider<RefusalText> wording;
    private final ObjectProvider<Registries> registries;

    ValidatingTaskFormHandler(TaskFormHandler delegate, String formId, ObjectProvider<TasklistCompletion> completion,
            ObjectProvider<RefusalText> wording, ObjectProvider<Registries> registries) {
        this.registries = registries;
        this.delegate = delegate;
        this.formId = formId;
        this.completion = completion;
        this.wording = wording;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
        if (scope instanceof DelegateTask task) {
            try {
                completion.getObject().check(FormTaskCompleteListener.courseId(task),
                        ClinicianFormTask.formKey(task, registries.getObject()), FormTaskCompleteListener.isCorrection(task),
                        SubmittedVariables.plain(properties));
            } catch (RegistryException e) {
                throw new FormFieldValidationException(formId, wording.getObject().describe(e));
            } catch (RegistryRefusal e) {
                throw new FormFieldValidationException(formId, e.getMessage());
            }
        }
        delegate.submitFormVariables(properties, scope);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        return delegate.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
            ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }
}
