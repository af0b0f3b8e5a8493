package no.smertereg.course.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import no.smertereg.engine.EngineContribution;
import no.smertereg.engine.RoutingVariables;
import no.smertereg.forms.Registries;
import no.smertereg.shared.RefusalText;

/**
 * The course module's part of the engine: its routing variables; Tasklist submissions of registry forms are checked
 * against the {@code .form} first and every form task keeps the worklist's read model in step; at start the read
 * model is completed and, on a database from before it, filled from the engine.
 */
@Component
class CourseEngineContribution implements EngineContribution, RoutingVariables {

    private final ObjectProvider<TasklistCompletion> completion;
    private final ObjectProvider<RefusalText> wording;
    private final ObjectProvider<OpenFormTasks> openTasks;
    private final ObjectProvider<Registries> registries;

    CourseEngineContribution(ObjectProvider<TasklistCompletion> completion, ObjectProvider<RefusalText> wording,
            ObjectProvider<OpenFormTasks> openTasks, ObjectProvider<Registries> registries) {
        this.registries = registries;
        this.completion = completion;
        this.wording = wording;
        this.openTasks = openTasks;
    }

    @Override
    public Set<String> routingVariables() {
        return CourseProcess.ROUTING_VARIABLES;
    }

    @Override
    public void configure(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new FormCheckParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void started(ProcessEngine engine) {
        OpenFormTaskBackfill.completeOpenFormTasks(openTasks.getObject());
        OpenFormTaskBackfill.backfillOpenFormTasks(engine, openTasks.getObject(), registries.getObject());
    }

    private final class FormCheckParseListener extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (formRef == null || !ClinicianFormTask.isClinicianForm(registries.getObject(), scope, formRef)
                    || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior task)) {
                return;
            }
            TaskDefinition definition = task.getTaskDefinition();
            definition.setTaskFormHandler(new ValidatingTaskFormHandler(definition.getTaskFormHandler(), formRef,
                    completion, wording, registries));
            OpenFormTaskListener listener = new OpenFormTaskListener(openTasks, registries);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
        }
    }
}
