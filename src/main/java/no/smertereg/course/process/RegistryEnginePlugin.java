package no.smertereg.course.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import no.smertereg.forms.SubmittedFormCheck;

/**
 * Engine settings that are code, not properties: the tenant of an instance is its unit, history keeps routing
 * variables only, and Tasklist submissions of registry forms are checked against the {@code .form} first.
 */
@Component
class RegistryEnginePlugin extends AbstractProcessEnginePlugin {

    private final SubmittedFormCheck formCheck;

    RegistryEnginePlugin(SubmittedFormCheck formCheck) {
        this.formCheck = formCheck;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new UnitTenantIdProvider());
        configuration.setHistoryEventHandler(new RoutingOnlyHistoryEventHandler());
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new FormCheckParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private final class FormCheckParseListener extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (formRef == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior task)) {
                return;
            }
            TaskDefinition definition = task.getTaskDefinition();
            definition.setTaskFormHandler(new ValidatingTaskFormHandler(definition.getTaskFormHandler(), formRef,
                    formCheck::refusal));
        }
    }
}
