package no.smertereg.course.process;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import no.smertereg.access.RegistryAuthorizationProvider;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RefusalText;

/**
 * Engine settings that are code, not properties: the tenant of an instance is its unit, history keeps routing
 * variables only, Tasklist submissions of registry forms are checked against the {@code .form} first, candidates
 * may work on a task but not change it (no variables, names or comments from outside the registry).
 */
@Component
class RegistryEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TasklistCompletion> completion;
    private final ObjectProvider<RefusalText> wording;
    private final ObjectProvider<OpenFormTasks> openTasks;
    private final ObjectProvider<RegistryDefinitions> definitions;
    private DataSource dataSource;

    RegistryEnginePlugin(ObjectProvider<TasklistCompletion> completion, ObjectProvider<RefusalText> wording,
            ObjectProvider<OpenFormTasks> openTasks, ObjectProvider<RegistryDefinitions> definitions) {
        this.definitions = definitions;
        this.completion = completion;
        this.wording = wording;
        this.openTasks = openTasks;
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
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new RegistryCommandInterceptor(configuration.getIdentityService()));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        configuration.setResourceAuthorizationProvider(new RegistryAuthorizationProvider());
        this.dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        EngineStartup.ensureTaskParentIndex(dataSource);
        EngineStartup.completeOpenFormTasks(openTasks.getObject());
        EngineStartup.backfillOpenFormTasks(engine, openTasks.getObject(), definitions.getObject());
    }

    private final class FormCheckParseListener extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (formRef == null || !ClinicianFormTask.isClinicianForm(definitions.getObject(), scope, formRef)
                    || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior task)) {
                return;
            }
            TaskDefinition definition = task.getTaskDefinition();
            definition.setTaskFormHandler(new ValidatingTaskFormHandler(definition.getTaskFormHandler(), formRef,
                    completion, wording, definitions));
            OpenFormTaskListener listener = new OpenFormTaskListener(openTasks, definitions);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
        }
    }
}
