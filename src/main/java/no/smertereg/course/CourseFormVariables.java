package no.smertereg.course;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.forms.FormVariables;
import no.smertereg.forms.Registries;
import no.smertereg.privacy.LegalBases;
import no.smertereg.privacy.LegalBasis;
import no.smertereg.shared.NotFoundException;

/**
 * The course's facts that the forms' conditions may use (docs/registries.md): {@code legalBasis}, the legal basis
 * the course was registered under and keeps (ADR 0005), so that e.g. TO asks for consent only under consent.
 */
@Component
class CourseFormVariables implements FormVariables {

    private final CourseRepository courses;
    private final LegalBases legalBases;
    private final Registries registries;

    CourseFormVariables(CourseRepository courses, LegalBases legalBases, Registries registries) {
        this.courses = courses;
        this.legalBases = legalBases;
        this.registries = registries;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> ofCourse(Long courseId) {
        Course course = courses.findById(courseId).orElseThrow(() -> new NotFoundException("error.course.notFound",
                courseId));
        return of(course);
    }

    /** The same facts as process variables of the course's instances, so Tasklist's form hides as our pages do. */
    static Map<String, Object> of(Course course) {
        return Map.of(LEGAL_BASIS, course.getLegalBasis().name());
    }

    @Override
    public Map<String, Object> ofNewCourse(String formId) {
        return registries.ofForm(formId).<Map<String, Object>>map(registry -> Map.of(LEGAL_BASIS,
                legalBases.today(registry.descriptor().id()).name())).orElse(Map.of());
    }

    @Override
    public Map<String, List<String>> values() {
        return Map.of(LEGAL_BASIS, Arrays.stream(LegalBasis.values()).map(Enum::name).toList());
    }
}
