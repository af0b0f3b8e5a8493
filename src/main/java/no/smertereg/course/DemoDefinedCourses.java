package no.smertereg.course;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import no.smertereg.access.Department;
import no.smertereg.access.OrganisationService;
import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

/**
 * Demo mode only: demo courses of a registry from its demo file, {@code processes/<registry>.demo.json} beside its
 * descriptor, so that a registry's demo needs no Java (docs/registries.md). Course k of each unit follows template
 * k modulo their number: drafts saved, patient forms answered (on paper, through the ePROM module), clinician forms
 * finalised, and drafts saved {@code afterwards} (forms that open once another is finalised), in that order, as the user {@value DemoCourses#ACTOR} with the LU role. A string answer
 * {@code ${start}}, {@code ${start-25}} or {@code ${start+30}} is the course's start date (12 + 2k + u days before
 * today) moved by so many days.
 */
@Service
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
public class DemoDefinedCourses {

    private static final Logger log = LoggerFactory.getLogger(DemoDefinedCourses.class);
    private static final Pattern START = Pattern.compile("^\\$\\{start(?:([+-])(\\d+))?}$");

    /** A registry's demo file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistryDemo(String registry, List<String> units, int perUnit, List<Template> courses) {
    }

    /**
     * What a demo course gets, by form file id: drafts, patient forms' answers, finalised clinician forms, and drafts
     * of forms that open once those are finalised (OPR's treatment record).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Template(Map<String, Map<String, Object>> drafts, Map<String, Map<String, Object>> answers,
            Map<String, Map<String, Object>> finalised, Map<String, Map<String, Object>> afterwards) {
    }

    private final CourseService service;
    private final CourseFormsService forms;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;
    private final Registries registries;
    private final ObjectMapper json;
    private final String location;

    DemoDefinedCourses(CourseService service, CourseFormsService forms, OrganisationService organisation,
            ApplicationEventPublisher events, RegistryClock clock, Registries registries, ObjectMapper json,
            @Value("${registry.definitions-location:" + RegistryDefinitions.DEFAULT_LOCATION + "}") String location) {
        this.service = service;
        this.forms = forms;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
        this.registries = registries;
        this.json = json;
        this.location = location;
    }

    /** The demo files of the registries the platform runs. */
    public List<RegistryDemo> demos() {
        List<RegistryDemo> demos = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources(location + "processes/**/*.demo.json")) {
                try (InputStream in = resource.getInputStream()) {
                    RegistryDemo demo = json.readValue(in, RegistryDemo.class);
                    if (registries.exists(demo.registry())) {
                        demos.add(demo);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("A registry's demo file cannot be read", e);
        }
        return demos;
    }

    /** The demo's courses, one national identity number each in order; returns how many were made. */
    public int seed(RegistryDemo demo, List<String> nationalIds) {
        RegistryDefinitions registry = registries.of(demo.registry());
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        for (int u = 0; u < demo.units().size(); u++) {
            String unit = demo.units().get(u);
            int first = u * demo.perUnit();
            int offset = u;
            DemoCourses.asDemoUser(demo.registry(), unit, () -> {
                List<Department> departments = organisation.departmentsOf(unit).stream()
                        .filter(Department::isActive).toList();
                for (int k = 0; k < demo.perUnit() && first + k < nationalIds.size(); k++) {
                    LocalDate start = clock.today().minusDays(12L + 2L * k + offset);
                    Template template = demo.courses().get(k % demo.courses().size());
                    if (course(registry, nationalIds.get(first + k), departments.get(k % departments.size()).getId(),
                            template, start)) {
                        made.incrementAndGet();
                    }
                }
            });
        }
        return made.get();
    }

    private boolean course(RegistryDefinitions registry, String nationalId, Long department, Template template,
            LocalDate start) {
        try {
            Long id = service.register(new CreateCourseRequest(nationalId, department, null)).id();
            drafts(registry, id, template.drafts(), start);
            Map<String, Map<String, Object>> patientAnswers = new HashMap<>();
            each(template.answers()).forEach((formId, answers) -> patientAnswers.put(formId, dated(answers, start)));
            if (!patientAnswers.isEmpty()) {
                events.publishEvent(new DemoPatientAnswers(id, patientAnswers));
            }
            each(template.finalised()).forEach((formId, answers) -> {
                FormKey key = registry.ofFormId(formId).orElseThrow();
                forms.finalise(id, key, new FormAnswersRequest(forms.get(id, key).version(), dated(answers, start)));
            });
            drafts(registry, id, template.afterwards(), start);
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo course of {} not made: {}", registry.descriptor().id(), e.getMessage());
            return false;
        }
    }

    private void drafts(RegistryDefinitions registry, Long id, Map<String, Map<String, Object>> byForm,
            LocalDate start) {
        each(byForm).forEach((formId, answers) -> {
            FormKey key = registry.ofFormId(formId).orElseThrow();
            forms.saveDraft(id, key, new FormAnswersRequest(forms.get(id, key).version(), dated(answers, start)));
        });
    }

    private static Map<String, Map<String, Object>> each(Map<String, Map<String, Object>> byForm) {
        return byForm == null ? Map.of() : byForm;
    }

    private static Map<String, Object> dated(Map<String, Object> answers, LocalDate start) {
        Map<String, Object> dated = new HashMap<>();
        answers.forEach((field, value) -> {
            Matcher matcher = value instanceof String text ? START.matcher(text) : null;
            if (matcher != null && matcher.matches()) {
                long days = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
                dated.put(field, ("-".equals(matcher.group(1)) ? start.minusDays(days) : start.plusDays(days))
                        .toString());
            } else {
                dated.put(field, value);
            }
        });
        return dated;
    }
}
