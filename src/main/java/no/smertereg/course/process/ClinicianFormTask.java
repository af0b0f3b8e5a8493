package no.smertereg.course.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.RegistryDefinitions;

/**
 * Which clinician form a user task of the course or correction diagram is for: its {@code camunda:formRef}, or,
 * for the generic correction task whose formRef is {@code ${formId}}, the form the correction was started for.
 */
final class ClinicianFormTask {

    private ClinicianFormTask() {
    }

    /** True for a task of a registry's course or correction diagram; one naming no known form fails the deployment. */
    static boolean isClinicianForm(RegistryDefinitions definitions, ScopeImpl scope, String formRef) {
        String process = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
        if (!process.equals(definitions.courseProcess()) && !process.equals(definitions.correctionProcess())) {
            return false;
        }
        if (!isExpression(formRef) && definitions.ofFormId(formRef).isEmpty()) {
            throw new ProcessEngineException("A user task of " + process + " has the form " + formRef
                    + ", which is no clinician form of " + definitions.courseProcess());
        }
        return true;
    }

    static FormKey formKey(DelegateTask task, RegistryDefinitions definitions) {
        String formRef = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
        String formId = isExpression(formRef) ? (String) task.getVariable(CourseProcess.VAR_FORM_ID) : formRef;
        return definitions.ofFormId(formId)
                .orElseThrow(() -> new ProcessEngineException("No clinician form " + formId + " in the registry"));
    }

    private static boolean isExpression(String formRef) {
        return formRef.contains("${") || formRef.contains("#{");
    }
}
