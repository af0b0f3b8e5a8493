package no.smertereg.eprom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CourseDirectory;
import no.smertereg.privacy.PatientRecordPart;

/**
 * R4 access export: the patient forms of every course of the patient, with their state (P5), the reason they were
 * closed, the answers and every dispatch step (sent, reminded, answered, locked, closed) with its channel.
 */
@Component
class PatientFormRecordPart implements PatientRecordPart {

    private final CourseDirectory courses;
    private final PatientFormStatuses statuses;
    private final PatientFormRepository forms;
    private final DispatchEventRepository ledger;

    PatientFormRecordPart(CourseDirectory courses, PatientFormStatuses statuses, PatientFormRepository forms,
            DispatchEventRepository ledger) {
        this.courses = courses;
        this.statuses = statuses;
        this.forms = forms;
        this.ledger = ledger;
    }

    @Override
    public String section() {
        return "patientForms";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> entriesFor(Long pid) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CourseRef course : courses.ofPatient(pid)) {
            if (!course.includesPatientForms()) {
                continue;
            }
            for (PatientFormStatus status : statuses.of(course)) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("courseId", course.id());
                e.put("form", status.form().code());
                e.put("state", status.state());
                e.put("reasonCode", status.reasonCode());
                e.put("plannedSendAt", status.plannedSendAt());
                e.put("sentAt", status.sentAt());
                forms.findByCourseIdAndFormType(course.id(), status.form()).ifPresent(record -> {
                    e.put("answeredAt", record.getAnsweredAt());
                    e.put("answers", record.getAnswers());
                    e.put("dispatch", ledger.findByPatientFormIdOrderByOccurredAt(record.getId()).stream()
                            .map(PatientFormRecordPart::step).toList());
                });
                entries.add(e);
            }
        }
        return entries;
    }

    private static Map<String, Object> step(DispatchEvent event) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", event.getEvent().name());
        e.put("channel", event.getChannel() == null ? null : event.getChannel().name());
        e.put("reasonCode", event.getReasonCode());
        e.put("at", event.getOccurredAt());
        return e;
    }
}
