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

    /**
     * True for a task of the course or correction diagram whose form the registry knows. The diagrams deployed now
     * are the files RegistryDefinitions checked at start (a task without a {@code .form} file stops the start);
     * a form missing here belongs to an older version whose form was since removed, which keeps running.
     */
    static boolean isClinicianForm(RegistryDefinitions definitions, ScopeImpl scope, String formRef) {
        String process = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
        if (!process.equals(definitions.courseProcess()) && !process.equals(definitions.correctionProcess())) {
            return false;
        }
        return isExpression(formRef) || definitions.ofFormId(formRef).isPresent();
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
