package no.smertereg.course.process;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

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

/**
 * Checks a Tasklist submission against the task's {@code .form} before any variable is set, so that bad answers
 * are refused with 400 and the reason, not with a failed completion.
 */
class ValidatingTaskFormHandler implements TaskFormHandler {

    private final TaskFormHandler delegate;
    private final String formId;
    private final BiFunction<String, Map<String, Object>, Optional<String>> check;

    ValidatingTaskFormHandler(TaskFormHandler delegate, String formId,
            BiFunction<String, Map<String, Object>, Optional<String>> check) {
        this.delegate = delegate;
        this.formId = formId;
        this.check = check;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
        check.apply(formId, properties).ifPresent(reason -> {
            throw new FormFieldValidationException(formId, reason);
        });
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
