package no.smertereg.course.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.SmerteregForms;

/**
 * The SmerteReg course pathway: the three course types, finalise, unlock and finalise again, delete, and a TO
 * corrected after the first finalise. Every flow node of {@code smertereg-course} is covered.
 */
@Deployment(resources = {"processes/smertereg-course.bpmn", "processes/form-correction.bpmn",
        "processes/patient-form.bpmn",
        "forms/smertereg-to.form", "forms/smertereg-b11.form", "forms/smertereg-b12.form",
        "forms/smertereg-b21.form", "forms/smertereg-b22.form"})
class SmerteregCourseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion.builder(ProcessTestSupport.ENGINE_CONFIGURATION)
            .excludeProcessDefinitionKeys(CourseProcess.CORRECTION, "patient-form").assertClassCoverageAtLeast(1.0).build();

    private static final String UNIT = "100082";
    private static final String REGISTRY = "smertereg";
    private static final String COURSE = SmerteregForms.DEFINITIONS.courseProcess();
    private static final Map<String, Object> CONSENT = Map.of(CourseProcess.VAR_LEGAL_BASIS, "CONSENT");
    private static final Map<String, Object> RESERVATION = Map.of(CourseProcess.VAR_LEGAL_BASIS, "RESERVATION");

    private ProcessTestSupport listeners;
    private CourseEngine engine;

    @BeforeEach
    void setUp() {
        listeners = ProcessTestSupport.register();
        engine = CourseEngine.onTaskQueries(runtimeService(), taskService(), SmerteregForms.REGISTRIES);
    }

    @AfterEach
    void tearDown() {
        ProcessTestSupport.reset();
    }

    @Test
    void startsWithTo_asAFormTaskForTheUnitsClinicians() {
        ProcessInstance course = startCourse(1L);

        assertThat(course).isWaitingAtExactly("UserTask_TO");
        assertThat(task(course)).hasCandidateGroup("LU").hasCandidateGroup("LC");
        assertThat(task(course).getTenantId()).isEqualTo(UNIT);
        assertThat(taskService().createTaskQuery().processInstanceId(course.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("smertereg-to");
        assertThat(engine.openFormTasks(1L)).extracting(FormTask::formKey).containsExactly(SmerteregForms.TO);
    }

    @Test
    void type1_notSeen_opensOnlyB11_andEndsWhenB11IsFinalised() {
        ProcessInstance course = startCourse(2L);

        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 1));
        assertThat(course).isWaitingAtExactly("UserTask_B11");

        complete(task(course));
        assertThat(course).isEnded().hasPassed("EndEvent_B11Finalised").hasNotPassed("Gateway_OpenClinicianForms");
        assertThat(listeners.completedTasks).containsExactly("UserTask_TO", "UserTask_B11");
        assertThat(listeners.endedCourses).containsExactly("2");
    }

    @Test
    void type2_seenNotIncluded_opensAllClinicianForms_butNoPatientForms() {
        ProcessInstance course = startCourse(3L);

        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 2));

        assertThat(course).isWaitingAtExactly("UserTask_B11", "UserTask_B12", "UserTask_B21", "UserTask_B22")
                .hasPassed("EndEvent_NoPatientForms");
        finaliseOpenForms(course);
        assertThat(course).isEnded().hasPassed("EndEvent_B11Finalised", "EndEvent_B12Finalised",
                "EndEvent_B21Finalised", "EndEvent_B22Finalised");
        assertThat(listeners.endedCourses).containsExactly("3");
    }

    @Test
    void type3WithConsent_ordersPasregAndHads_andEvalAndOpioidWhenB22IsFinalised() {
        ProcessInstance course = startCourse(4L);

        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, true));
        assertThat(course).isWaitingAtExactly("UserTask_B11", "UserTask_B12", "UserTask_B21", "UserTask_B22",
                "CallActivity_Pasreg", "CallActivity_Hads");
        assertThat(patientForms("4")).containsExactlyInAnyOrder("PASREG", "HADS");

        finaliseOpenForms(course);
        assertThat(course).isWaitingAtExactly("CallActivity_Pasreg", "CallActivity_Hads", "CallActivity_Eval",
                "CallActivity_Opioid").hasPassed("EndEvent_B11Finalised", "EndEvent_B21Finalised");
        assertThat(patientForms("4")).containsExactlyInAnyOrder("PASREG", "HADS", "EVAL", "OPIOID");
        assertThat(schedules("4")).containsEntry("PASREG", "16:30 null null null")
                .containsEntry("HADS", "16:30 PT2M null null")
                .containsEntry("EVAL", "16:30 null null null").containsEntry("OPIOID", "16:30 null endDate P28D");

        runtimeService().createMessageCorrelation("PatientFormClosed").processInstanceBusinessKey("4").correlateAll();
        assertThat(course).isEnded().hasPassed("EndEvent_PatientFormsCompleted", "EndEvent_EndFormsDone")
                .hasNotPassed("EndEvent_NoPatientForms", "EndEvent_B22Finalised");
    }

    @Test
    void type3WithoutConsent_showsEpromNotPossible_untilConsentIsRegistered() {
        ProcessInstance course = startCourse(11L);

        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, false));
        assertThat(course).isWaitingAt("Gateway_AwaitConsent");
        assertThat(patientForms("11")).isEmpty();

        runtimeService().createMessageCorrelation(CourseProcess.MESSAGE_CONSENT_REGISTERED)
                .processInstanceBusinessKey("11").correlateAll();
        assertThat(course).isWaitingAt("CallActivity_Pasreg", "CallActivity_Hads").hasPassed("Event_ConsentRegistered");
    }

    @Test
    void type3OfAReservedPatient_getsNoPatientForms_andWaitsForNothing() {
        ProcessInstance course = startCourse(13L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, false,
                CourseProcess.VAR_PATIENT_RESERVED, true));

        assertThat(course).hasPassed("EndEvent_PatientReserved").hasNotPassed("Gateway_AwaitConsent",
                "CallActivity_Pasreg");
        assertThat(patientForms("13")).isEmpty();
    }

    @Test
    void type3WithoutConsent_canBeClosedWithReason5_andSendsNothing() {
        ProcessInstance course = startCourse(12L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, false));

        runtimeService().createMessageCorrelation(CourseProcess.MESSAGE_PATIENT_FORMS_CLOSED)
                .processInstanceBusinessKey("12").correlateAll();

        assertThat(course).hasPassed("EndEvent_PatientFormsClosed").hasNotPassed("CallActivity_Pasreg");
        assertThat(patientForms("12")).isEmpty();
    }

    @Test
    void finaliseUnlockAndFinaliseAgain_runsACorrectionBesideTheOpenCourse() {
        ProcessInstance course = startCourse(5L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 2));
        complete(task("UserTask_B11", course));

        engine.startCorrection(5L, REGISTRY, UNIT, SmerteregForms.B11, CONSENT);

        FormTask correction = engine.openFormTasks(5L).stream().filter(FormTask::correction).findFirst().orElseThrow();
        assertThat(correction.formKey()).isEqualTo(SmerteregForms.B11);
        assertThat(taskService().createTaskQuery().taskId(correction.taskId()).singleResult().getTenantId())
                .isEqualTo(UNIT);
        engine.complete(correction, Map.of());
        assertThat(engine.openFormTasks(5L)).extracting(FormTask::formKey)
                .containsExactlyInAnyOrder(SmerteregForms.B12, SmerteregForms.B21, SmerteregForms.B22);
        assertThat(course).isWaitingAtExactly("UserTask_B12", "UserTask_B21", "UserTask_B22");
    }

    @Test
    void delete_removesTheInstanceAndItsCorrections_withAFixedReason_andDoesNotCountAsCompleted() {
        ProcessInstance course = startCourse(6L);
        engine.startCorrection(6L, REGISTRY, UNIT, SmerteregForms.TO, CONSENT);

        engine.deleteCourse(6L);

        assertThat(course).isEnded();
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("6").count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("6").list())
                .extracting(h -> h.getDeleteReason()).containsOnly(CourseEngine.COURSE_DELETED);
        assertThat(listeners.endedCourses).isEmpty();
    }

    @Test
    void toCorrectedWhileAnotherFormIsUnlocked_leavesOneTaskForThatForm() {
        ProcessInstance course = startCourse(10L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, true));
        engine.startCorrection(10L, REGISTRY, UNIT, SmerteregForms.TO, CONSENT);
        engine.startCorrection(10L, REGISTRY, UNIT, SmerteregForms.B12, CONSENT);

        engine.reroute(COURSE, 10L, REGISTRY, UNIT, 2, false, false, CONSENT, course.getId(), SmerteregForms.TO, Set.of(SmerteregForms.TO, SmerteregForms.B11), "TO korrigert: 3 -> 2");

        assertThat(engine.openFormTasks(10L)).extracting(t -> t.formKey() + (t.correction() ? "*" : ""))
                .containsExactlyInAnyOrder("TO*", "B12", "B21", "B22");
    }

    @Test
    void toCorrectedFromType3ToType1_withdrawsTheFormsType1DoesNotHave() {
        ProcessInstance course = startCourse(7L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, true));

        String rerouted = engine.reroute(COURSE, 7L, REGISTRY, UNIT, 1, false, false, CONSENT, course.getId(), SmerteregForms.TO, Set.of(SmerteregForms.TO), "TO korrigert: 3 -> 1");

        assertThat(course).isEnded();
        ProcessInstance now = runtimeService().createProcessInstanceQuery().processInstanceId(rerouted).singleResult();
        assertThat(now).isWaitingAtExactly("UserTask_B11");
        assertThat(now.getTenantId()).isEqualTo(UNIT);
    }

    @Test
    void toCorrectedAfterTheCourseEnded_reopensTheNewTypesFormsThatAreNotFinalised() {
        ProcessInstance course = startCourse(8L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 1));
        complete(task(course));
        assertThat(course).isEnded();

        String rerouted = engine.reroute(COURSE, 8L, REGISTRY, UNIT, 3, true, false, CONSENT, course.getId(), SmerteregForms.TO, Set.of(SmerteregForms.TO, SmerteregForms.B11),
                "TO korrigert: 1 -> 3");

        ProcessInstance now = runtimeService().createProcessInstanceQuery().processInstanceId(rerouted).singleResult();
        assertThat(now).isWaitingAtExactly("UserTask_B12", "UserTask_B21", "UserTask_B22", "CallActivity_Pasreg",
                "CallActivity_Hads");
        assertThat(engine.openFormTasks(8L)).extracting(FormTask::formKey)
                .containsExactlyInAnyOrder(SmerteregForms.B12, SmerteregForms.B21, SmerteregForms.B22);
    }

    @Test
    void toCorrectedWhenEveryFormOfTheNewTypeIsFinalised_leavesNothingOpen() {
        ProcessInstance course = startCourse(9L);
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 2));

        String rerouted = engine.reroute(COURSE, 9L, REGISTRY, UNIT, 1, false, false, CONSENT, course.getId(), SmerteregForms.TO, Set.of(SmerteregForms.TO, SmerteregForms.B11),
                "TO korrigert: 2 -> 1");

        assertThat(rerouted).isNull();
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("9").count()).isZero();
    }

    @Test
    void theLegalBasisIsVisibleToEveryFormTask_ofTheCourse_itsCorrections_andARerouting() {
        String started = engine.startCourse(COURSE, 14L, REGISTRY, UNIT, RESERVATION);
        ProcessInstance course = runtimeService().createProcessInstanceQuery().processInstanceId(started)
                .singleResult();
        assertThat(formVariable(task(course).getId())).as("TO in Tasklist reads it").isEqualTo("RESERVATION");
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, true));

        engine.startCorrection(14L, REGISTRY, UNIT, SmerteregForms.TO, RESERVATION);
        FormTask correction = engine.openFormTasks(14L).stream().filter(FormTask::correction).findFirst().orElseThrow();
        assertThat(formVariable(correction.taskId())).as("a corrected TO").isEqualTo("RESERVATION");

        String rerouted = engine.reroute(COURSE, 14L, REGISTRY, UNIT, 2, false, false, RESERVATION, course.getId(), SmerteregForms.TO,
                Set.of(SmerteregForms.TO), "TO korrigert: 3 -> 2");
        ProcessInstance now = runtimeService().createProcessInstanceQuery().processInstanceId(rerouted).singleResult();
        assertThat(formVariable(task("UserTask_B11", now).getId())).as("after re-routing").isEqualTo("RESERVATION");
    }

    /** What Tasklist gives a Camunda Form to evaluate its conditions with. */
    private static Object formVariable(String taskId) {
        return formService().getTaskFormVariables(taskId).getValue(CourseProcess.VAR_LEGAL_BASIS, String.class);
    }

    private ProcessInstance startCourse(Long courseId) {
        String id = engine.startCourse(COURSE, courseId, REGISTRY, UNIT, CONSENT);
        return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private static java.util.List<Object> patientForms(String courseId) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(courseId).list().stream()
                .map(pi -> runtimeService().getVariable(pi.getId(), "patientForm")).toList();
    }

    /** Each patient form's schedule as the course diagram gives it: send time, delay, period after the end date. */
    private static java.util.Map<Object, String> schedules(String courseId) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(courseId).list().stream().collect(java.util.stream.Collectors.toMap(
                        pi -> runtimeService().getVariable(pi.getId(), "patientForm"),
                        pi -> runtimeService().getVariable(pi.getId(), "sendTime") + " "
                                + runtimeService().getVariable(pi.getId(), "sendDelay") + " "
                                + runtimeService().getVariable(pi.getId(), "sendRelativeTo") + " "
                                + runtimeService().getVariable(pi.getId(), "sendOffset")));
    }

    private static void finaliseOpenForms(ProcessInstance course) {
        taskService().createTaskQuery().processInstanceId(course.getId()).list()
                .forEach(t -> taskService().complete(t.getId()));
    }
}
