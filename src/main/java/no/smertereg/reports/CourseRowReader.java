package no.smertereg.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.course.CourseReportSource.ReportCourse;
import no.smertereg.course.CourseReportSource;
import no.smertereg.eprom.PatientFormFacts.Fact;
import no.smertereg.eprom.PatientFormFacts;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.FormState;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PatientService;

/**
 * Builds the per-course rows from the course, forms and eprom modules' public read services. A course enters when
 * its clinician forms are complete as the codebook's dataset demands (§3: TO and B1.1 for type 1; TO, B1.1, B1.2,
 * B2.1 and B2.2 for types 2 and 3); only finalised forms and answered patient forms give values. A pending patient
 * form does not hold a course back (§6.8 is not copied). The courses are one registry's, complete as its course diagram
 * says. No access check here: the caller decides the scope.
 */
@Service
@Transactional(readOnly = true)
class CourseRowReader {

    private static final int CHUNK = 500;

    private final Registries registries;
    private final CourseReportSource courses;
    private final FormRecordService forms;
    private final PatientFormFacts patientForms;
    private final OrganisationService organisation;
    private final PatientService patients;

    CourseRowReader(CourseReportSource courses, FormRecordService forms, PatientFormFacts patientForms,
            OrganisationService organisation, PatientService patients, Registries registries) {
        this.registries = registries;
        this.patients = patients;
        this.courses = courses;
        this.forms = forms;
        this.patientForms = patientForms;
        this.organisation = organisation;
    }

    /** The registry's courses of the unit started in [from, to]: its local registry, national courses included. */
    List<CourseRow> unit(String registryId, String unitResh, LocalDate from, LocalDate to) {
        return rows(registryId, courses.ofUnit(registryId, unitResh, from, to)).complete();
    }

    /** The registry's courses of the unit: those complete, and every registered one (TO finalised) for coverage. */
    Rows unitWithRegistered(String registryId, String unitResh, LocalDate from, LocalDate to) {
        return rows(registryId, courses.ofUnit(registryId, unitResh, from, to));
    }

    /** The registry's national courses started in [from, to], every unit. */
    List<CourseRow> national(String registryId, LocalDate from, LocalDate to) {
        return rows(registryId, courses.national(registryId, from, to)).complete();
    }

    /** Rows of the courses complete for their type, and of every course whose TO is finalised. */
    record Rows(List<CourseRow> complete, List<CourseRow> registered) {
    }

    /**
     * A registered course's row with what decides whether it is complete: its course type and the codes of the forms
     * it has and of those finalised (the read model keeps them, {@link ReportRows}).
     */
    record Built(String registryId, ReportCourse course, CourseRow row, Set<String> held, Set<String> finalised) {
    }

    /** The rows of the registered courses among these ids (deleted and unregistered ones are not returned). */
    List<Built> built(Collection<Long> ids) {
        List<Built> result = new ArrayList<>();
        courses.byIds(ids).forEach((registryId, selected) -> result.addAll(built(registryId, selected)));
        return result;
    }

    private Rows rows(String registryId, List<ReportCourse> selected) {
        RegistryDefinitions definitions = registries.of(registryId);
        List<CourseRow> rows = new ArrayList<>();
        List<CourseRow> registered = new ArrayList<>();
        for (Built built : built(registryId, selected)) {
            registered.add(built.row());
            if (complete(built.course().courseType(), built.finalised(), built.held(), definitions)) {
                rows.add(built.row());
            }
        }
        return new Rows(List.copyOf(rows), List.copyOf(registered));
    }

    private List<Built> built(String registryId, List<ReportCourse> selected) {
        FormKey courseTypeForm = registries.of(registryId).courseTypeForm();
        Map<String, String> names = unitNames();
        List<Built> result = new ArrayList<>();
        for (int start = 0; start < selected.size(); start += CHUNK) {
            List<ReportCourse> chunk = selected.subList(start, Math.min(selected.size(), start + CHUNK));
            List<Long> ids = chunk.stream().map(ReportCourse::id).toList();
            Map<Long, Set<String>> held = new HashMap<>();
            Map<Long, Map<FormKey, Map<String, Object>>> finalised = finalisedAnswers(ids, held);
            Map<Long, Map<PatientFormType, Fact>> facts = new HashMap<>();
            patientForms.of(ids).forEach(f -> facts.computeIfAbsent(f.courseId(),
                    id -> new HashMap<>()).put(f.type(), f));
            Set<Long> reserved = patients.reservedAmong(chunk.stream().map(ReportCourse::pid).distinct().toList());
            for (ReportCourse course : chunk) {
                Map<FormKey, Map<String, Object>> answers = finalised.getOrDefault(course.id(), Map.of());
                if (!answers.containsKey(courseTypeForm)) {
                    continue;
                }
                CourseRow row = CourseRowMapping.row(course, names.get(course.unitResh()),
                        reserved.contains(course.pid()), answers, facts.getOrDefault(course.id(), Map.of()));
                result.add(new Built(registryId, course, row, Set.copyOf(held.getOrDefault(course.id(), Set.of())),
                        answers.keySet().stream().map(FormKey::code).collect(Collectors.toUnmodifiableSet())));
            }
        }
        return result;
    }

    /** Each unit's name as the reports show it (its short name, else its name), by RESH. */
    Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        organisation.allUnits().forEach(u -> names.put(u.getReshId(), name(u)));
        return names;
    }

    /** The finalised answers per course; {@code held} gets the code of every form each course has (in any state). */
    private Map<Long, Map<FormKey, Map<String, Object>>> finalisedAnswers(List<Long> ids,
            Map<Long, Set<String>> held) {
        Map<Long, Map<FormKey, Map<String, Object>>> result = new HashMap<>();
        for (FormRecord form : forms.allOf(ids)) {
            held.computeIfAbsent(form.courseId(), id -> new HashSet<>()).add(form.formKey().code());
            if (form.state() == FormState.FINALISED) {
                result.computeIfAbsent(form.courseId(), id -> new HashMap<>())
                        .put(form.formKey(), form.answers());
            }
        }
        return result;
    }

    /**
     * Complete when every form the diagram gives a course of its type is finalised, of the forms the course has: a
     * form added to the diagram later is not asked of the courses registered before it. Forms by code.
     */
    static boolean complete(Integer courseType, Set<String> finalised, Set<String> held,
            RegistryDefinitions definitions) {
        if (courseType == null) {
            return false;
        }
        return definitions.formsOfCourseType(courseType).stream().map(FormKey::code).filter(held::contains)
                .allMatch(finalised::contains);
    }

    private static String name(OrgUnit unit) {
        return unit.getShortName() == null || unit.getShortName().isBlank() ? unit.getName() : unit.getShortName();
    }
}
