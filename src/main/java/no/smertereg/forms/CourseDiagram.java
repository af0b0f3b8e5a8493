package no.smertereg.forms;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * A course diagram read with Camunda's model API: its user tasks' forms in diagram order, the patient-form
 * pathways it calls, and which user tasks a course of a given type reaches (the diagram's own conditions decide).
 */
final class CourseDiagram {

    private static final java.util.regex.Pattern HOLDS = java.util.regex.Pattern.compile(
            "eprom\\.holds\\(\\s*execution\\s*,\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*\\)");

    /** The input of a patient-form call activity that names the patient form. */
    static final String PATIENT_FORM_INPUT = "patientForm";
    static final String COURSE_TYPE_VARIABLE = "courseType";

    private final Process process;
    private final BpmnModelInstance model;

    private CourseDiagram(BpmnModelInstance model, Process process) {
        this.model = model;
        this.process = process;
    }

    static Optional<CourseDiagram> read(InputStream in, String processId) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        return model.getModelElementsByType(Process.class).stream().filter(p -> processId.equals(p.getId()))
                .findFirst().map(p -> new CourseDiagram(model, p));
    }

    /** The form ids of the user tasks, in the diagram's order, each once; expressions (generic tasks) left out. */
    List<String> userTaskForms() {
        Set<String> forms = new LinkedHashSet<>();
        flowElements(UserTask.class).forEach(task -> {
            String formRef = task.getCamundaFormRef();
            if (formRef != null && !formRef.contains("${") && !formRef.contains("#{")) {
                forms.add(formRef);
            }
        });
        return List.copyOf(forms);
    }

    /** Patient-form calls: the code passed as {@code patientForm}, with the call activity's id. */
    Map<String, String> patientFormCalls(String patientFormProcess) {
        Map<String, String> calls = new java.util.LinkedHashMap<>();
        for (CallActivity call : flowElements(CallActivity.class)) {
            if (!patientFormProcess.equals(call.getCalledElement()) || call.getExtensionElements() == null) {
                continue;
            }
            call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(in -> PATIENT_FORM_INPUT.equals(in.getCamundaTarget()))
                    .map(CamundaIn::getCamundaSourceExpression).findFirst()
                    .ifPresent(code -> calls.putIfAbsent(code, call.getId()));
        }
        return calls;
    }

    /** The call activity's inputs given as plain values (no expression) but the form's code, by target variable. */
    Map<String, String> literalInputs(String callId) {
        Map<String, String> inputs = new java.util.LinkedHashMap<>();
        CallActivity call = model.getModelElementById(callId);
        call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                .filter(in -> in.getCamundaTarget() != null && in.getCamundaSourceExpression() != null
                        && !in.getCamundaSourceExpression().contains("{")
                        && !PATIENT_FORM_INPUT.equals(in.getCamundaTarget()))
                .forEach(in -> inputs.put(in.getCamundaTarget(), in.getCamundaSourceExpression()));
        return Map.copyOf(inputs);
    }

    /** The ids of the flow nodes reachable from the user task(s) of this form. */
    Set<String> reachableAfterForm(String formId) {
        List<FlowNode> from = flowElements(UserTask.class).stream()
                .filter(t -> formId.equals(t.getCamundaFormRef())).map(FlowNode.class::cast).toList();
        return reachable(from, null);
    }

    /** The FEEL of each {@code ${eprom.holds(execution, '…')}} in the diagram's conditions, as the diagram spells it. */
    List<String> holdsExpressions() {
        List<String> found = new ArrayList<>();
        for (SequenceFlow flow : flowElements(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                java.util.regex.Matcher holds = HOLDS.matcher(flow.getConditionExpression().getTextContent());
                while (holds.find()) {
                    found.add(holds.group(1).replace("\\'", "'"));
                }
            }
        }
        return found;
    }

    /** The forms of the user tasks a course of this type reaches from the start, by the gateways' conditions. */
    Set<String> formsOfCourseType(int courseType) {
        ExpressionFactoryImpl factory = new ExpressionFactoryImpl();
        SimpleContext context = new SimpleContext();
        context.setVariable(COURSE_TYPE_VARIABLE, factory.createValueExpression(courseType, Integer.class));
        Set<String> nodes = reachable(flowElements(StartEvent.class).stream().map(FlowNode.class::cast).toList(),
                flow -> !Boolean.FALSE.equals(evaluate(factory, context, flow)));
        Set<String> forms = new LinkedHashSet<>();
        flowElements(UserTask.class).stream().filter(t -> nodes.contains(t.getId()))
                .forEach(t -> forms.add(t.getCamundaFormRef()));
        return forms;
    }

    /** True or false when the condition can be decided from the course type alone, otherwise null (maybe). */
    private static Boolean evaluate(ExpressionFactoryImpl factory, SimpleContext context, SequenceFlow flow) {
        if (flow.getConditionExpression() == null) {
            return null;
        }
        try {
            Object value = factory.createValueExpression(context, flow.getConditionExpression().getTextContent(),
                    Object.class).getValue(context);
            return value instanceof Boolean b ? b : null;
        } catch (RuntimeException notDecidedByTheType) {
            return null;
        }
    }

    private Set<String> reachable(Collection<FlowNode> from, Function<SequenceFlow, Boolean> taken) {
        Set<String> seen = new HashSet<>();
        Deque<FlowNode> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            FlowNode node = todo.pop();
            if (!seen.add(node.getId())) {
                continue;
            }
            todo.addAll(boundaryEvents(node));
            for (SequenceFlow flow : next(node, taken)) {
                todo.add(flow.getTarget());
            }
        }
        return seen;
    }

    /** An exclusive gateway takes its true flows, else its default; other nodes (or no condition test) all. */
    private static List<SequenceFlow> next(FlowNode node, Function<SequenceFlow, Boolean> taken) {
        if (taken == null || !(node instanceof ExclusiveGateway gateway)) {
            return List.copyOf(node.getOutgoing());
        }
        List<SequenceFlow> flows = new ArrayList<>();
        for (SequenceFlow flow : gateway.getOutgoing()) {
            if (flow == gateway.getDefault()) {
                continue;
            }
            if (taken.apply(flow)) {
                flows.add(flow);
            }
        }
        if (flows.isEmpty() && gateway.getDefault() != null) {
            flows.add(gateway.getDefault());
        }
        return flows;
    }

    private List<BoundaryEvent> boundaryEvents(FlowNode node) {
        return model.getModelElementsByType(BoundaryEvent.class).stream().filter(b -> b.getAttachedTo() == node)
                .map(BoundaryEvent.class::cast).toList();
    }

    private <T extends FlowElement> List<T> flowElements(Class<T> type) {
        return process.getFlowElements().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
