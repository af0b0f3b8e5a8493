package no.smertereg.course.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.SmerteregForms;

/** Correction of an unlocked form: one generic task for every clinician form, showing that form and its label. */
@Deployment(resources = {"processes/form-correction.bpmn", "forms/smertereg-to.form", "forms/smertereg-b11.form",
        "forms/smertereg-b12.form", "forms/smertereg-b21.form", "forms/smertereg-b22.form"})
class FormCorrectionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion.builder(ProcessTestSupport.ENGINE_CONFIGURATION)
            .assertClassCoverageAtLeast(1.0).build();

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

    static List<FormKey> clinicianForms() {
        return SmerteregForms.DEFINITIONS.clinicianForms();
    }

    @ParameterizedTest
    @MethodSource("clinicianForms")
    void unlockedForm_opensItsCorrectionTask_andFinalisingLocksItAgain(FormKey form) {
        engine.startCorrection(40L, "smertereg", "100089", form, Map.of(CourseProcess.VAR_LEGAL_BASIS, "CONSENT"));
        ProcessInstance correction = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("40")
                .singleResult();

        assertThat(correction).isWaitingAtExactly("UserTask_CorrectForm");
        assertThat(task(correction)).hasCandidateGroup("LU").hasCandidateGroup("LC")
                .hasName("Korriger " + form.label() + " · forløp 40");
        assertThat(taskService().createTaskQuery().processInstanceId(correction.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo(form.formId());
        assertThat(correction.getTenantId()).isEqualTo("100089");
        assertThat(engine.openFormTasks(40L)).singleElement()
                .satisfies(t -> assertThat(t.formKey()).isEqualTo(form))
                .satisfies(t -> assertThat(t.correction()).isTrue());

        complete(task(correction));
        assertThat(correction).isEnded().hasPassed("EndEvent_FormCorrected");
        assertThat(listeners.completedTasks).containsExactly("UserTask_CorrectForm");
    }

    @Test
    void unknownForm_endsWithoutATask() {
        ProcessInstance correction = runtimeService().startProcessInstanceByKey(CourseProcess.CORRECTION, "41",
                Variables.createVariables().putValue(CourseProcess.VAR_FORM_KEY, "PO")
                        .putValue(CourseProcess.VAR_UNIT, "100089"));

        assertThat(correction).isEnded().hasPassed("EndEvent_UnknownForm");
        assertThat(listeners.completedTasks).isEmpty();
    }
}
