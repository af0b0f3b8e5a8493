package no.smertereg.bench;

import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * (d) The bare BPMN, built with the fluent model API: the shape of smertereg-course.bpmn and patient-form.bpmn
 * (the same user tasks TO, B1.1, B1.2, B2.1, B2.2, gateways, call activities, the planning task and the sub-process
 * around the send timer with its end-date message, the asynchronous send, the three-day reminder and lock timers,
 * the messages) with no application logic: service tasks are {@code ${true}} (planning keeps the harness's
 * {@code dispatchAt}), conditions read variables the harness sets, no listeners, no registry tables.
 */
final class BareModels {

    static final String COURSE = "bench-bare-course";
    static final String FORM = "bench-bare-form";
    static final String ANSWERED = "BareAnswered";
    static final String FORMS_CLOSED = "BarePatientFormsClosed";

    private BareModels() {
    }

    static BpmnModelInstance course() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(COURSE).name("Bare course").camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_CourseRegistered")
                .userTask("UserTask_TO").camundaCandidateGroups("LU,LC")
                .exclusiveGateway("Gateway_CourseType")
                .condition("type 1", "${courseType == 1}")
                .userTask("UserTask_B11").camundaCandidateGroups("LU,LC").endEvent("EndEvent_B11Finalised")
                .moveToNode("Gateway_CourseType").condition("type 2 or 3", "${courseType != 1}")
                .parallelGateway("Gateway_OpenClinicianForms").connectTo("UserTask_B11")
                .moveToNode("Gateway_OpenClinicianForms")
                .userTask("UserTask_B12").camundaCandidateGroups("LU,LC").endEvent("EndEvent_B12Finalised")
                .moveToNode("Gateway_OpenClinicianForms")
                .userTask("UserTask_B21").camundaCandidateGroups("LU,LC").endEvent("EndEvent_B21Finalised")
                .moveToNode("Gateway_OpenClinicianForms")
                .userTask("UserTask_B22").camundaCandidateGroups("LU,LC")
                .exclusiveGateway("Gateway_EndForms")
                .condition("type 3", "${courseType == 3}").parallelGateway("Gateway_OrderEndForms")
                .callActivity("CallActivity_Eval").calledElement(FORM)
                .parallelGateway("Gateway_EndFormsDone").endEvent("EndEvent_EndFormsDone")
                .moveToNode("Gateway_OrderEndForms").callActivity("CallActivity_Opioid").calledElement(FORM)
                .connectTo("Gateway_EndFormsDone")
                .moveToNode("Gateway_EndForms").condition("type 2", "${courseType != 3}")
                .endEvent("EndEvent_B22Finalised")
                .moveToNode("Gateway_OpenClinicianForms")
                .exclusiveGateway("Gateway_PatientForms")
                .condition("type 3", "${courseType == 3}").exclusiveGateway("Gateway_Consent")
                .condition("eprom allowed", "${epromAllowed}").exclusiveGateway("Gateway_ConsentKnown")
                .parallelGateway("Gateway_OrderBaselineForms")
                .callActivity("CallActivity_Pasreg").calledElement(FORM)
                .parallelGateway("Gateway_BaselineFormsDone").endEvent("EndEvent_PatientFormsCompleted")
                .moveToNode("Gateway_OrderBaselineForms").callActivity("CallActivity_Hads").calledElement(FORM)
                .connectTo("Gateway_BaselineFormsDone")
                .moveToNode("Gateway_Consent").condition("no consent yet", "${!epromAllowed}")
                .eventBasedGateway().id("Gateway_AwaitConsent")
                .intermediateCatchEvent("Event_ConsentRegistered").message("BareConsentRegistered")
                .connectTo("Gateway_ConsentKnown")
                .moveToNode("Gateway_AwaitConsent")
                .intermediateCatchEvent("Event_PatientFormsClosed").message(FORMS_CLOSED)
                .endEvent("EndEvent_PatientFormsClosed")
                .moveToNode("Gateway_PatientForms").condition("type 1 or 2", "${courseType != 3}")
                .endEvent("EndEvent_NoPatientForms")
                .done();
        Map<String, String> calls = Map.of("CallActivity_Pasreg", "PASREG:baselineAt", "CallActivity_Hads",
                "HADS:baselineAt", "CallActivity_Eval", "EVAL:evalAt", "CallActivity_Opioid", "OPIOID:opioidAt");
        calls.forEach((id, spec) -> inputs(model, id, spec.split(":")[0], spec.split(":")[1]));
        return model;
    }

    static BpmnModelInstance form() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(FORM).name("Bare patient form").camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_PatientFormOrdered")
                .exclusiveGateway("Gateway_AlreadyClosed")
                .condition("closed", "${!epromAllowed}").endEvent("EndEvent_ClosedBeforeOrder")
                .moveToNode("Gateway_AlreadyClosed").condition("open", "${epromAllowed}")
                .exclusiveGateway("Gateway_PlanDispatch")
                .serviceTask("ServiceTask_PlanDispatch").camundaExpression("${dispatchAt}")
                .camundaResultVariable("dispatchAt")
                .subProcess("SubProcess_AwaitDispatch").embeddedSubProcess().startEvent("StartEvent_AwaitDispatch")
                .intermediateCatchEvent("Timer_Dispatch").timerWithDate("${dispatchAt}")
                .endEvent("EndEvent_DispatchDue").subProcessDone()
                .serviceTask("ServiceTask_SendForm").camundaAsyncBefore().camundaExpression("${true}")
                .exclusiveGateway("Gateway_Notified")
                .condition("notified", "${!noContact}")
                .receiveTask("ReceiveTask_AwaitAnswer").message(ANSWERED).endEvent("EndEvent_Answered")
                .moveToActivity("ReceiveTask_AwaitAnswer").boundaryEvent("Timer_Reminder").timerWithDuration("P3D")
                .serviceTask("ServiceTask_SendReminder").camundaExpression("${true}")
                .receiveTask("ReceiveTask_AwaitAnswerAfterReminder").message(ANSWERED)
                .endEvent("EndEvent_AnsweredAfterReminder")
                .moveToActivity("ReceiveTask_AwaitAnswerAfterReminder").boundaryEvent("Timer_Lock")
                .timerWithDuration("P3D")
                .serviceTask("ServiceTask_LockUnanswered").camundaExpression("${true}")
                .endEvent("EndEvent_LockedUnanswered")
                .moveToNode("Gateway_Notified").condition("no contact", "${noContact}")
                .intermediateCatchEvent("Timer_NoContactLock").timerWithDuration("P6D")
                .serviceTask("ServiceTask_LockNoContact").camundaExpression("${true}")
                .endEvent("EndEvent_LockedNoContact")
                .moveToActivity("SubProcess_AwaitDispatch").boundaryEvent("Event_EndDateCorrected")
                .message("BareEndDateCorrected").connectTo("Gateway_PlanDispatch")
                .done();
        ((Process) model.getModelElementById(FORM)).builder().eventSubProcess("SubProcess_Closed")
                .startEvent("StartEvent_Closed").message("BarePatientFormClosed").endEvent("EndEvent_Closed");
        return model;
    }

    /** A one-user-task process: the open tasks of the task-completion measurement. */
    static BpmnModelInstance openTask(String key) {
        return Bpmn.createExecutableProcess(key).name("Open task").camundaHistoryTimeToLive(180).startEvent()
                .userTask("UserTask_Wait").camundaCandidateGroups("LU").endEvent().done();
    }

    private static void inputs(BpmnModelInstance model, String callActivity, String type, String dispatchVariable) {
        CallActivity call = model.getModelElementById(callActivity);
        call.builder().addExtensionElement(in(model, null, null, null, "${execution.processBusinessKey}:" + type));
        call.builder().addExtensionElement(in(model, "unitResh", "unitResh", null, null));
        call.builder().addExtensionElement(in(model, "noContact", "noContact", null, null));
        call.builder().addExtensionElement(in(model, "epromAllowed", "epromAllowed", null, null));
        call.builder().addExtensionElement(in(model, null, "patientForm", type, null));
        call.builder().addExtensionElement(in(model, dispatchVariable, "dispatchAt", null, null));
    }

    private static CamundaIn in(BpmnModelInstance model, String source, String target, String constant,
            String businessKey) {
        CamundaIn in = model.newInstance(CamundaIn.class);
        if (businessKey != null) {
            in.setCamundaBusinessKey(businessKey);
        }
        if (source != null) {
            in.setCamundaSource(source);
        }
        if (constant != null) {
            in.setCamundaSourceExpression(constant);
        }
        if (target != null) {
            in.setCamundaTarget(target);
        }
        return in;
    }
}
