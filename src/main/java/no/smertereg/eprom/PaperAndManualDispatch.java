package no.smertereg.eprom;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CourseDirectory;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/**
 * P10: a clinician enters a paper Pasreg, HADS or Eval; P9: a form is sent by hand (now, if planned; again, with
 * a new code, if already sent). Both end or move the form's pathway in the same transaction.
 */
@Service
@Transactional
public class PaperAndManualDispatch {

    private final PatientFormTypes types;
    private final PatientFormRepository forms;
    private final PatientFormAnswers answersStore;
    private final PatientFormDispatch dispatch;
    private final CourseDirectory courses;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RegistryClock clock;
    private final PatientFormEvents audit;
    private final PatientFormSchedule plans;

    PaperAndManualDispatch(PatientFormRepository forms, PatientFormAnswers answersStore,
            PatientFormDispatch dispatch, CourseDirectory courses, RuntimeService runtime,
            ManagementService management, RegistryClock clock, PatientFormEvents audit, PatientFormTypes types,
            PatientFormSchedule plans) {
        this.plans = plans;
        this.types = types;
        this.audit = audit;
        this.forms = forms;
        this.answersStore = answersStore;
        this.dispatch = dispatch;
        this.courses = courses;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    public void enterPaper(Long courseId, PatientFormType type, Map<String, Object> answers) {
        CourseRef course = withPatientForms(courses.forAnswers(courseId));
        if (!types.onPaper().contains(type)) {
            throw InvalidInputException.of("form", "error.eprom.notOnPaper");
        }
        PatientFormRecord form = forms.findByCourseIdAndFormType(courseId, type)
                .orElseGet(() -> forms.save(new PatientFormRecord(course.id(), type)));
        if (!form.isOpenForAnswer() && form.getState() != PatientFormState.PLANNED
                && form.getState() != PatientFormState.NO_CONTACT) {
            throw new ConflictException("error.eprom.finished");
        }
        answersStore.record(form, answers, true);
        instance(courseId, type).ifPresent(instance -> runtime.createMessageCorrelation(
                waitsForAnswer(instance) ? PatientFormProcess.MESSAGE_ANSWERED : PatientFormProcess.MESSAGE_CLOSED)
                .processInstanceId(instance.getId()).correlateWithResult());
    }

    public void dispatchNow(Long courseId, PatientFormType type) {
        audit.change("PATIENT_FORM_DISPATCH", type3(courseId), type);
        ProcessInstance instance = instance(courseId, type)
                .orElseThrow(() -> new ConflictException("error.eprom.notOrdered"));
        Job planned = management.createJobQuery().processInstanceId(instance.getId())
                .activityId(PatientFormProcess.TIMER_DISPATCH).singleResult();
        if (planned != null) {
            management.setJobDuedate(planned.getId(), Date.from(clock.now()));
            management.executeJob(planned.getId());
            runDueJobs(instance);
            return;
        }
        Job failedSend = management.createJobQuery().processInstanceId(instance.getId())
                .activityId(PatientFormProcess.TASK_SEND).singleResult();
        if (failedSend != null) {
            management.setJobRetries(failedSend.getId(), 1);
            try {
                management.executeJob(failedSend.getId());
            } catch (RuntimeException e) {
                throw new ConflictException("error.eprom.sendFailed");
            }
            runDueJobs(instance);
            return;
        }
        if (forms.findByCourseIdAndFormType(courseId, type).map(PatientFormRecord::getState)
                .orElse(null) == PatientFormState.NO_CONTACT) {
            if (!dispatch.reachable(courseId)) {
                throw new ConflictException("error.eprom.noContact");
            }
            runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_RESEND).processInstanceId(instance.getId())
                    .correlateWithResult();
            runDueJobs(instance);
            return;
        }
        dispatch.send(courseId, type, "manual:" + instance.getId() + ":" + clock.now().toEpochMilli() + ":"
                + CurrentUser.get().getUsername(), plans.courseDate(courseId, type.code()).orElse(null),
                instance.getId());
    }

    /**
     * ADR 0016: the patient answers at the clinic. A form waiting for its send is opened without a notice and then
     * waits for the answer (reminder and lock as after a send); a form already open gets a new code. The code is
     * returned once, to be handed to the patient. 409 for a form not ordered, or answered, locked or closed.
     */
    public ClinicCode atClinic(Long courseId, PatientFormType type) {
        audit.change("PATIENT_FORM_AT_CLINIC", withPatientForms(courses.atItsUnit(courseId)), type);
        ProcessInstance instance = instance(courseId, type)
                .orElseThrow(() -> new ConflictException("error.eprom.notOrdered"));
        String key = "clinic:" + instance.getId() + ":" + clock.now().toEpochMilli() + ":"
                + java.util.UUID.randomUUID();
        if (waitsFor(instance, PatientFormProcess.MESSAGE_AT_CLINIC)) {
            ClinicCode code = dispatch.openAtClinic(courseId, type, key,
                    plans.courseDate(courseId, type.code()).orElse(null), instance.getId());
            runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_AT_CLINIC).processInstanceId(instance.getId())
                    .correlateWithResult();
            return code;
        }
        if (waitsForAnswer(instance) && forms.findByCourseIdAndFormType(courseId, type)
                .map(PatientFormRecord::isOpenForAnswer).orElse(false)) {
            if (courses.worksAsClerk(courseId)) {
                // a new code opens what the patient has typed so far: a clinician's decision, not the clerk's
                throw new ForbiddenException("error.forbidden.clerkNewCode");
            }
            return dispatch.openAtClinic(courseId, type, key, null, instance.getId());
        }
        throw new ConflictException("error.eprom.notForClinic");
    }

    private CourseRef type3(Long courseId) {
        return withPatientForms(courses.visible(courseId));
    }

    private static CourseRef withPatientForms(CourseRef course) {
        if (!course.includesPatientForms()) {
            throw new ConflictException("error.eprom.notType3");
        }
        return course;
    }

    private Optional<ProcessInstance> instance(Long courseId, PatientFormType type) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(courseId.toString())
                .variableValueEquals(PatientFormProcess.VAR_PATIENT_FORM, type.code()).list().stream().findFirst();
    }

    private void runDueJobs(ProcessInstance instance) {
        management.createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private boolean waitsForAnswer(ProcessInstance instance) {
        return waitsFor(instance, PatientFormProcess.MESSAGE_ANSWERED);
    }

    private boolean waitsFor(ProcessInstance instance, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventName(message)
                .count() > 0;
    }
}
