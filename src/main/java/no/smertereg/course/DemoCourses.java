package no.smertereg.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import no.smertereg.access.Department;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

/**
 * Demo mode only: registers finished demo courses in given units through the same services as a clinician, as the user
 * {@value #ACTOR} with the LU role of the unit (the audit log says so). The courses are SmerteReg-shaped: they go to
 * the registry whose course-type form {@link DemoAnswers} fills, and none are made when no registry has it. Course
 * number {@code i} gets {@link DemoAnswers}; the units' courses are spread over the same weeks and over the unit's
 * departments. After each course a {@link DemoCourseFinished} lets the other modules add their part (the ePROM module:
 * patient forms). Used by {@link DemoCourseLoader} on an empty demo database, and by the tests on units of their own.
 */
@Service
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
public class DemoCourses {

    public static final String ACTOR = "demodata";
    /** Which of the unit's active departments course k of a unit goes to: uneven, as on real wards. */
    private static final int[] DEPARTMENT_OF = {0, 0, 1, 0, 2, 1, 0, 3};
    private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

    /** A demo course made: its id, unit and number (the key of its answers). */
    public record DemoCourse(Long id, String unitResh, int index) {
    }

    private final Registries registries;
    private final CourseService service;
    private final CourseFormsService forms;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;

    DemoCourses(CourseService service, CourseFormsService forms, OrganisationService organisation,
            ApplicationEventPublisher events, RegistryClock clock, Registries registries) {
        this.registries = registries;
        this.service = service;
        this.forms = forms;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * {@code perUnit} courses in each unit, for the identity numbers in order (unit u takes numbers u * perUnit and
     * on). Course k of unit u is number u * perUnit + k and starts 12 + 2k + u days before today. A course that
     * fails is logged by number and left out.
     */
    public List<DemoCourse> seed(List<String> units, List<String> nationalIds, int perUnit) {
        List<DemoCourse> made = new ArrayList<>();
        RegistryDefinitions registry = demoRegistry().orElse(null);
        if (registry == null) {
            log.info("No demo courses: no registry has the course-type form the demo answers fill");
            return made;
        }
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            int first = u * perUnit;
            int offset = u;
            asDemoUser(registry.descriptor().id(), unit, () -> {
                List<Department> departments = organisation.departmentsOf(unit).stream()
                        .filter(Department::isActive).toList();
                for (int k = 0; k < perUnit && first + k < nationalIds.size(); k++) {
                    int i = first + k;
                    Long department = departments.get(DEPARTMENT_OF[k % DEPARTMENT_OF.length] % departments.size())
                            .getId();
                    LocalDate start = clock.today().minusDays(12L + 2L * k + offset);
                    Long id = course(registry, nationalIds.get(i), department, new DemoAnswers(i, start));
                    if (id != null) {
                        made.add(new DemoCourse(id, unit, i));
                    }
                }
            });
        }
        return made;
    }

    /** Runs {@code work} as the user {@value #ACTOR} with the LU role of the unit in the registry. */
    static void asDemoUser(String registryId, String unit, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                RegistryUser.of(ACTOR, Set.of(new UnitRole(registryId, unit, Role.LU))), null, List.of()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The registry whose course-type form the demo answers fill (a form file belongs to one registry). */
    private Optional<RegistryDefinitions> demoRegistry() {
        Set<String> filled = new DemoAnswers(0, clock.today()).byFormId().keySet();
        return registries.all().stream().filter(r -> filled.contains(r.courseTypeForm().formId())).findFirst();
    }

    private Long course(RegistryDefinitions registry, String nationalId, Long department, DemoAnswers answers) {
        try {
            Long id = service.register(new CreateCourseRequest(nationalId, department, null)).id();
            Map<String, Map<String, Object>> byForm = answers.byFormId();
            registry.clinicianForms().stream().filter(key -> byForm.containsKey(key.formId()))
                    .forEach(key -> finalise(id, key, byForm.get(key.formId())));
            events.publishEvent(new DemoCourseFinished(id, answers.i()));
            return id;
        } catch (RuntimeException e) {
            log.warn("Demo course {} not finished: {}", answers.i(), e.getMessage());
            return null;
        }
    }

    private void finalise(Long id, FormKey key, Map<String, Object> answers) {
        long version = forms.get(id, key).version();
        forms.finalise(id, key, new FormAnswersRequest(version, new HashMap<>(answers)));
    }
}
