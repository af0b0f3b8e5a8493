package no.smertereg.course.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;

/**
 * Which clinician form a user task of the course or correction diagram is for: its {@code camunda:formRef}, or,
 * for the generic correction task whose formRef is {@code ${formId}}, the form the correction was started for.
 */
final class ClinicianFormTask {

    private ClinicianFormTask() {
    }

    /**
     * True for a task of a registry's course diagram or of the correction diagram whose form a registry knows. The
     * diagrams deployed now are the files Registries checked at start (a task without a {@code .form} file stops the
     * start); a form missing here belongs to an older version whose form was since removed, which keeps running.
     */
    static boolean isClinicianForm(Registries registries, ScopeImpl scope, String formRef) {
        String process = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
        if (!registries.isCourseProcess(process) && !registries.isCorrectionProcess(process)) {
            return false;
        }
        return isExpression(formRef) || registries.ofFormId(formRef).isPresent();
    }

    static FormKey formKey(DelegateTask task, Registries registries) {
        String formRef = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
        String formId = isExpression(formRef) ? (String) task.getVariable(CourseProcess.VAR_FORM_ID) : formRef;
        return registries.ofFormId(formId)
                .orElseThrow(() -> new ProcessEngineException("No clinician form " + formId + " in any registry"));
    }

    private static boolean isExpression(String formRef) {
        return formRef.contains("${") || formRef.contains("#{");
    }
}
