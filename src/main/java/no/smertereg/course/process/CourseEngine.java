package no.smertereg.course.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;

/**
 * The course module's hands on the engine: start a course, find its open form tasks, complete them, start a
 * correction, re-route after a corrected TO, and remove a deleted course's instances.
 */
@Component
public class CourseEngine {

    /** The delete reason the engine's history gets for a deleted course. */
    public static final String COURSE_DELETED = "Forløp slettet i registeret";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Function<Collection<Long>, List<FormTask>> openTasks;

    @Autowired
    CourseEngine(RuntimeService runtime, TaskService tasks, OpenFormTasks readModel) {
        this(runtime, tasks, readModel::tasksOf);
    }

    private CourseEngine(RuntimeService runtime, TaskService tasks,
            Function<Collection<Long>, List<FormTask>> openTasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.openTasks = openTasks;
    }

    /** On the engine's task query, for process tests, which run the bare engine without the read model. */
    static CourseEngine onTaskQueries(RuntimeService runtime, TaskService tasks, Registries registries) {
        return new CourseEngine(runtime, tasks, courseIds -> queryFormTasks(courseIds, runtime, tasks, registries));
    }

    /**
     * Starts the course's pathway, its registry's course diagram; {@code formFacts} are the course facts the forms'
     * conditions read (legalBasis).
     */
    public String startCourse(String courseProcess, Long courseId, String registryId, String unitResh,
            Map<String, Object> formFacts) {
        return runtime.startProcessInstanceByKey(courseProcess, courseId.toString(), Variables.fromMap(formFacts)
                .putValue(CourseProcess.VAR_REGISTRY, registryId).putValue(CourseProcess.VAR_UNIT, unitResh)).getId();
    }

    public void startCorrection(Long courseId, String registryId, String unitResh, FormKey formKey,
            Map<String, Object> formFacts) {
        runtime.startProcessInstanceByKey(CourseProcess.CORRECTION, courseId.toString(), Variables.fromMap(formFacts)
                .putValue(CourseProcess.VAR_REGISTRY, registryId).putValue(CourseProcess.VAR_UNIT, unitResh).putValue(CourseProcess.VAR_FORM_KEY, formKey.code())
                .putValue(CourseProcess.VAR_FORM_ID, formKey.formId()).putValue(CourseProcess.VAR_FORM_LABEL, formKey.label()));
    }

    /** Open form tasks per course (course process and corrections), from the read model (ADR 0007). */
    public Map<Long, List<FormTask>> openFormTasks(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return openTasks.apply(courseIds).stream().collect(Collectors.groupingBy(FormTask::courseId));
    }

    /** The same as the read model holds, asked of the engine: its task query and a process-instance query. */
    static List<FormTask> queryFormTasks(Collection<Long> courseIds, RuntimeService runtime, TaskService tasks,
            Registries registries) {
        String[] keys = courseIds.stream().map(String::valueOf).toArray(String[]::new);
        return formTasks(tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).initializeFormKeys().list(),
                runtime, registries);
    }

    /** The clinician-form tasks among these tasks (queried with their form keys), with course and instance. */
    static List<FormTask> formTasks(List<Task> open, RuntimeService runtime, Registries registries) {
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return open.stream().map(task -> formTask(task, instances.get(task.getProcessInstanceId()), registries))
                .filter(t -> t != null).toList();
    }

    public List<FormTask> openFormTasks(Long courseId) {
        return openFormTasks(List.of(courseId)).getOrDefault(courseId, List.of());
    }

    /** Completes a task whose answers the registry has already stored, passing the routing variables. */
    public void complete(FormTask task, Map<String, Object> routingVariables) {
        VariableMap variables = Variables.fromMap(routingVariables);
        RegistryCompletions.run(task.taskId(), () -> tasks.complete(task.taskId(), variables));
    }

    /** Removes the open corrections of a course except those of the given form. */
    void deleteCorrections(Long courseId, FormKey except, String reason) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(courseId.toString())
                .processDefinitionKey(CourseProcess.CORRECTION).rootProcessInstances().list().stream()
                .filter(pi -> !except.code().equals(runtime.getVariable(pi.getId(), CourseProcess.VAR_FORM_KEY)))
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), reason, true, true));
    }

    public boolean isRunning(String processInstanceId) {
        return processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /**
     * A corrected TO changed the course type: the course process starts again at the course-type gateway, so
     * the diagram decides which forms the new type has; tasks of forms that are already finalised are
     * withdrawn at once. Returns the new instance id, or null when nothing is left open.
     */
    public String reroute(String courseProcess, Long courseId, String registryId, String unitResh, int courseType, boolean epromAllowed,
            boolean patientReserved, Map<String, Object> formFacts, String oldInstanceId, FormKey corrected, Set<FormKey> finalised, String reason) {
        if (isRunning(oldInstanceId)) {
            runtime.deleteProcessInstance(oldInstanceId, reason, true, true);
        }
        deleteCorrections(courseId, corrected, reason);
        ProcessInstance instance = runtime.createProcessInstanceByKey(courseProcess)
                .businessKey(courseId.toString())
                .setVariables(formFacts)
                .setVariable(CourseProcess.VAR_REGISTRY, registryId)
                .setVariable(CourseProcess.VAR_UNIT, unitResh)
                .setVariable(CourseProcess.VAR_COURSE_TYPE, courseType)
                .setVariable(CourseProcess.VAR_EPROM_ALLOWED, epromAllowed)
                .setVariable(CourseProcess.VAR_PATIENT_RESERVED, patientReserved)
                .startBeforeActivity(CourseProcess.GATEWAY_COURSE_TYPE)
                .execute(true, true);
        List<FormTask> open = openFormTasks(courseId).stream()
                .filter(t -> t.processInstanceId().equals(instance.getId()) && finalised.contains(t.formKey()))
                .toList();
        for (FormTask task : open) {
            String activityId = tasks.createTaskQuery().taskId(task.taskId()).singleResult().getTaskDefinitionKey();
            ActivityInstance tree = runtime.getActivityInstance(instance.getId());
            if (tree == null) {
                break;
            }
            for (ActivityInstance activity : tree.getActivityInstances(activityId)) {
                runtime.createProcessInstanceModification(instance.getId())
                        .cancelActivityInstance(activity.getId()).execute(true, true);
            }
        }
        return isRunning(instance.getId()) ? instance.getId() : null;
    }

    /** Removes every process instance of a deleted course. The LC's reason stays in the registry, not in history. */
    public void deleteCourse(Long courseId) {
        deleteCourseExcept(courseId, null);
    }

    /** As {@link #deleteCourse}, but leaves the root instance {@code keep} (a diagram deleting its own course). */
    public void deleteCourseExcept(Long courseId, String keep) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(courseId.toString()).rootProcessInstances()
                .list().stream().filter(pi -> !pi.getId().equals(keep))
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), COURSE_DELETED, true, true));
    }

    private static FormTask formTask(Task task, ProcessInstance instance, Registries registries) {
        if (instance == null || task.getCamundaFormRef() == null) {
            return null;
        }
        return registries.ofFormId(task.getCamundaFormRef().getKey())
                .map(key -> new FormTask(task.getId(), Long.valueOf(instance.getBusinessKey()), key,
                        isCorrection(instance), instance.getId()))
                .orElse(null);
    }

    private static boolean isCorrection(ProcessInstance instance) {
        return instance.getProcessDefinitionId().startsWith(CourseProcess.CORRECTION + ":");
    }
}
