package no.smertereg.eprom;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.PatientFormOverview;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.shared.RegistryDirectory;

/** The worklist's patient-form column: two queries for all rows, not one per course. */
@Component
@Transactional(readOnly = true)
class WorklistPatientForms implements PatientFormOverview {

    private final PatientFormTypes types;
    private final PatientFormRepository forms;
    private final NamedParameterJdbcTemplate jdbc;
    private final RegistryDirectory registries;

    WorklistPatientForms(PatientFormRepository forms, NamedParameterJdbcTemplate jdbc, PatientFormTypes types,
            RegistryDirectory registries) {
        this.registries = registries;
        this.types = types;
        this.forms = forms;
        this.jdbc = jdbc;
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
        Set<String> tenants = type3.stream().map(c -> registries.engineTenant(c.registryId(), c.unitResh()))
                .collect(Collectors.toSet());
        Set<String> ordered = new HashSet<>();
        Set<String> failed = new HashSet<>();
        running(type3, tenants).forEach(pathway -> {
            ordered.add(pathway.form());
            if (pathway.failed()) {
                failed.add(pathway.form());
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

    /** A running patient-form pathway: "courseId:FORM", and whether it has an incident (its send failed). */
    private record Running(String form, boolean failed) {
    }

    /**
     * Each running patient-form pathway of these courses, in one statement on the engine's tables: found by the
     * courses' business keys (indexed), with its form from its variable and its incidents, so a page costs the same
     * however many forms the units have running.
     */
    private List<Running> running(List<CourseRef> courses, Set<String> tenants) {
        List<String> keys = courses.stream().map(c -> String.valueOf(c.id())).distinct().toList();
        return jdbc.query("select p.BUSINESS_KEY_, v.TEXT_, exists (select 1 from ACT_RU_INCIDENT i "
                + "where i.PROC_INST_ID_ = p.ID_) from ACT_RU_EXECUTION p join ACT_RU_VARIABLE v "
                + "on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :variable "
                + "where p.ID_ = p.PROC_INST_ID_ and p.BUSINESS_KEY_ in (:keys) and p.PROC_DEF_ID_ like :definition "
                + "and (p.TENANT_ID_ is null or p.TENANT_ID_ in (:tenants))",
                Map.of("variable", PatientFormProcess.VAR_PATIENT_FORM, "keys", keys, "definition",
                        PatientFormProcess.KEY + ":%", "tenants", List.copyOf(tenants)),
                (row, n) -> new Running(row.getString(1) + ":" + row.getString(2), row.getBoolean(3)));
    }
}
