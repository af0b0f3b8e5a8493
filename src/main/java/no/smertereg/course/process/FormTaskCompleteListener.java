package no.smertereg.course.process;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;
import no.smertereg.engine.RegistryRefusal;
import no.smertereg.forms.Registries;
import no.smertereg.shared.RefusalText;
import no.smertereg.shared.RegistryException;

/**
 * Complete listener of every form task. A completion by the registry has stored its answers already; any other
 * (Tasklist, engine REST) is validated and stored here against the same {@code .form} file, and every variable
 * but the routing ones is removed in the same transaction. Invalid answers refuse the completion.
 */
@Component
class FormTaskCompleteListener implements TaskListener {

    private final TasklistCompletion completion;
    private final RefusalText wording;
    private final Registries registries;

    FormTaskCompleteListener(TasklistCompletion completion, RefusalText wording, Registries registries) {
        this.registries = registries;
        this.completion = completion;
        this.wording = wording;
    }

    @Override
    public void notify(DelegateTask task) {
        if (RegistryCompletions.isRegistryCompletion(task.getId())) {
            return;
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        try {
            Map<String, Object> routing = completion.finalise(courseId(task), ClinicianFormTask.formKey(task, registries), isCorrection(task),
                    SubmittedVariables.plain(task.getVariablesTyped(false)), user == null ? "tasklist" : user.getUserId());
            Set<String> others = new HashSet<>(task.getVariableNames());
            others.removeAll(CourseProcess.ROUTING_VARIABLES);
            task.removeVariables(others);
            task.getExecution().setVariables(routing);
        } catch (RegistryException e) {
            throw new RegistryRefusal(wording.describe(e));
        }
    }

    static Long courseId(DelegateTask task) {
        return Long.valueOf(task.getExecution().getProcessBusinessKey());
    }

    static boolean isCorrection(DelegateTask task) {
        return task.getProcessDefinitionId().startsWith(CourseProcess.CORRECTION + ":");
    }
}
