package no.smertereg.bench;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import no.smertereg.course.BenchClinician;

/**
 * (d) The bare BPMN through the same calendar and mix: each clinician form is a task query and a plain
 * {@code taskService.complete}, TO's outcome comes as variables, a patient's answer is the message correlated by
 * business key, as the portal does it. Same engine, same database, same history level as (a).
 */
final class BareYear implements YearModel {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final String prefix;
    private final List<String> units;
    private final int persons;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    BareYear(RuntimeService runtime, TaskService tasks, String prefix, List<String> units, int persons) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.prefix = prefix;
        this.units = units;
        this.persons = persons;
    }

    @Override
    public String name() {
        return "bare BPMN";
    }

    @Override
    public List<String> processKeys() {
        return List.of(BareModels.FORM, BareModels.COURSE);
    }

    @Override
    public void register(int course, LocalDate day) {
        String key = prefix + course;
        BenchClinician.Kind kind = CourseMix.kind(course);
        runtime.startProcessInstanceByKey(BareModels.COURSE, key, Variables.createVariables()
                .putValue("unitResh", units.get(course % units.size()))
                .putValue("noContact", CourseMix.noContact(CourseMix.person(course, persons))));
        complete(key, "UserTask_TO", Variables.createVariables().putValue("courseType", kind.type())
                .putValue("epromAllowed", kind.consent()).putValue("patientReserved", false)
                .putValue("baselineAt", BenchTime.next1630(ClockUtil.getCurrentTime())));
        complete(key, "UserTask_B11", null);
        if (kind.seen()) {
            complete(key, "UserTask_B12", null);
            complete(key, "UserTask_B21", null);
        }
        if (kind.type() == 3 && !kind.consent()) {
            runtime.createMessageCorrelation(BareModels.FORMS_CLOSED).processInstanceBusinessKey(key).correlateAll();
        }
    }

    @Override
    public void endOfTreatment(int course, LocalDate registered) {
        if (CourseMix.kind(course).seen()) {
            Date now = ClockUtil.getCurrentTime();
            Date opioid = BenchTime.at(BenchClinician.endDate(course, registered).plusDays(28), 16, 30);
            complete(prefix + course, "UserTask_B22", Variables.createVariables()
                    .putValue("evalAt", BenchTime.next1630(now))
                    .putValue("opioidAt", opioid.after(now) ? opioid : BenchTime.next1630(now)));
        }
    }

    @Override
    public List<SentForm> sentOn(LocalDate day) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(BareModels.FORM)
                .activityIdIn("ReceiveTask_AwaitAnswer").list().stream().map(ProcessInstance::getBusinessKey)
                .filter(k -> k.startsWith(prefix) && seen.add(k)).map(k -> {
                    String[] parts = k.substring(prefix.length()).split(":");
                    return new SentForm(Integer.parseInt(parts[0]), parts[1], k);
                }).toList();
    }

    @Override
    public void answer(SentForm form) {
        runtime.createMessageCorrelation(BareModels.ANSWERED).processInstanceBusinessKey((String) form.handle())
                .correlateWithResult();
    }

    @Override
    public long unfinished() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(BareModels.COURSE)
                .processInstanceBusinessKeyLike(prefix + "%").count();
    }

    private void complete(String businessKey, String taskKey, java.util.Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
        tasks.complete(task.getId(), variables);
    }
}
