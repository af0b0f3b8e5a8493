package no.smertereg.eprom;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.PatientFormOverview;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.shared.RegistryDirectory;

/** The worklist's patient-form column: a few queries for all rows, not one per course. */
@Component
@Transactional(readOnly = true)
class WorklistPatientForms implements PatientFormOverview {

    private final PatientFormTypes types;
    private final PatientFormRepository forms;
    private final RuntimeService runtime;
    private final RegistryDirectory registries;

    WorklistPatientForms(PatientFormRepository forms, RuntimeService runtime, PatientFormTypes types,
            RegistryDirectory registries) {
        this.registries = registries;
        this.types = types;
        this.forms = forms;
        this.runtime = runtime;
    }

    @Override
    public Map<Long, Map<String, PatientFormMark>> of(List<CourseRef> courses) {
        List<CourseRef> type3 = courses.stream().filter(CourseRef::includesPatientForms).toList();
        if (type3.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<PatientFormType, PatientFormRecord>> records = new HashMap<>();
        forms.findByCourseIdIn(type3.stream().map(CourseRef::id).toList()).forEach(r -> records
                .computeIfAbsent(r.getCourseId(), id -> new HashMap<>()).put(r.getFormType(), r));
        String[] tenants = type3.stream().map(c -> registries.engineTenant(c.registryId(), c.unitResh())).distinct()
                .toArray(String[]::new);
        Map<String, String> running = running(type3, tenants);
        Set<String> ordered = new HashSet<>(running.values());
        Set<String> failed = new HashSet<>();
        runtime.createIncidentQuery().processDefinitionKeyIn(PatientFormProcess.KEY).tenantIdIn(tenants).list()
                .forEach(incident -> {
                    String form = running.get(incident.getProcessInstanceId());
                    if (form != null) {
                        failed.add(form);
                    }
                });
        Map<Long, Map<String, PatientFormMark>> result = new HashMap<>();
        for (CourseRef course : type3) {
            Map<String, PatientFormMark> marks = new LinkedHashMap<>();
            for (PatientFormType type : types.ofRegistry(course.registryId())) {
                PatientFormRecord record = records.getOrDefault(course.id(), Map.of()).get(type);
                if (failed.contains(course.id() + ":" + type.code())) {
                    marks.put(type.code(), new PatientFormMark(PatientFormStatuses.SEND_FAILED, null));
                    continue;
                }
                marks.put(type.code(), record != null ? new PatientFormMark(record.getState().name(),
                        record.getReasonCode()) : new PatientFormMark(unrecorded(course, type, ordered), null));
            }
            result.put(course.id(), marks);
        }
        return result;
    }

    private String unrecorded(CourseRef course, PatientFormType type, Set<String> ordered) {
        if (ordered.contains(course.id() + ":" + type.code())) {
            return PatientFormState.PLANNED.name();
        }
        boolean baseline = types.isBaseline(type);
        return baseline && !course.epromAllowed() ? "NOT_POSSIBLE" : "AVAILABLE";
    }

    /**
     * Each running patient-form pathway of these courses: process instance id to "courseId:FORM". Found by the
     * courses' business keys (indexed), not by listing every running pathway of the units, so a page costs the same
     * however many forms the units have running.
     */
    private Map<String, String> running(List<CourseRef> courses, String[] tenants) {
        String keys = courses.stream().map(c -> "'" + c.id() + "'").distinct().collect(Collectors.joining(","));
        Set<String> tenantSet = Set.of(tenants);
        Map<String, String> keyOf = new HashMap<>();
        runtime.createNativeProcessInstanceQuery().sql("select RES.* from ACT_RU_EXECUTION RES where RES.ID_ = "
                + "RES.PROC_INST_ID_ and RES.BUSINESS_KEY_ in (" + keys + ") and RES.PROC_DEF_ID_ like '"
                + PatientFormProcess.KEY + ":%'").list().stream()
                .filter(pi -> pi.getTenantId() == null || tenantSet.contains(pi.getTenantId()))
                .forEach(pi -> keyOf.put(pi.getId(), pi.getBusinessKey()));
        Map<String, String> result = new HashMap<>();
        if (!keyOf.isEmpty()) {
            runtime.createVariableInstanceQuery().variableName(PatientFormProcess.VAR_PATIENT_FORM)
                    .processInstanceIdIn(keyOf.keySet().toArray(String[]::new)).list()
                    .forEach(v -> result.put(v.getProcessInstanceId(), keyOf.get(v.getProcessInstanceId()) + ":"
                            + v.getValue()));
        }
        return result;
    }
}
