package no.smertereg.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.OrganisationService;
import no.smertereg.forms.FormAction;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.privacy.PatientRecordPart;

/**
 * R4 access export: every course of the patient (deleted ones too, with the reason kept), its unit, dates, type,
 * registry and legal basis, and its clinician forms with their answers and history. Internal comments are not
 * exported (S10).
 */
@Component
class CourseRecordPart implements PatientRecordPart {

    private final CourseRepository courses;
    private final FormRecordService forms;
    private final OrganisationService organisation;

    CourseRecordPart(CourseRepository courses, FormRecordService forms, OrganisationService organisation) {
        this.courses = courses;
        this.forms = forms;
        this.organisation = organisation;
    }

    @Override
    public String section() {
        return "courses";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> entriesFor(Long pid) {
        return courses.findByPidOrderByCreatedAt(pid).stream().map(this::entry).toList();
    }

    private Map<String, Object> entry(Course c) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("courseId", c.getId());
        e.put("unitResh", c.getUnitResh());
        e.put("unit", organisation.unit(c.getUnitResh()).map(u -> u.getName()).orElse(c.getUnitResh()));
        e.put("department", organisation.department(c.getDepartmentId()).map(d -> d.getName()).orElse(null));
        e.put("location", organisation.location(c.getLocationId()).map(l -> l.getName()).orElse(null));
        e.put("status", c.getStatus().name());
        e.put("courseType", c.getCourseType() == null ? null : c.getCourseType().code());
        e.put("registry", c.getRegistry() == null ? null : c.getRegistry().name());
        e.put("legalBasis", c.getLegalBasis().name());
        e.put("consent", c.getConsent());
        e.put("referralDate", c.getReferralDate());
        e.put("startDate", c.getStartDate());
        e.put("registeredAt", c.getCreatedAt());
        e.put("registeredBy", c.getCreatedBy());
        e.put("deletedAt", c.getDeletedAt());
        e.put("deleteReason", c.getDeleteReason());
        e.put("forms", forms.all(c.getId()).stream().map(CourseRecordPart::form).toList());
        return e;
    }

    private static Map<String, Object> form(FormRecord f) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("form", f.formKey().code());
        e.put("state", f.state().name());
        e.put("valueSetVersion", f.valueSetVersion());
        e.put("answers", f.answers());
        e.put("savedAt", f.savedAt());
        e.put("savedBy", f.savedBy());
        e.put("finalisedAt", f.finalisedAt());
        e.put("finalisedBy", f.finalisedBy());
        e.put("history", f.events().stream().filter(ev -> ev.action() != FormAction.COMMENTED).map(ev -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("action", ev.action().name());
            h.put("reason", ev.reason());
            h.put("by", ev.actor());
            h.put("at", ev.at());
            return h;
        }).toList());
        return e;
    }
}
