package no.smertereg.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import no.smertereg.patients.Patient;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.RegistryClock;

/**
 * R4 access: everything the registry holds on one patient: identity and contact details, reservation status and
 * reservations, patient-rights requests, every course with its clinician forms, the patient forms with their
 * dispatch states (from the {@link PatientRecordPart}s), and everyone who read or changed the data
 * ({@link PatientAccessLog}, when the audit module is present). Rendered as JSON or PDF by {@link ExportRenderer}.
 */
@Component
public class PatientExport {

    /** The export: sections in a fixed order, each a plain value. */
    public record Document(Long pid, Instant generatedAt, Map<String, Object> sections, boolean accessLogPresent) {
    }

    public static final List<String> FIXED_SECTIONS = List.of("patient", "reservation", "requests");
    public static final String ACCESS_LOG = "accessLog";

    private final PatientService patients;
    private final Reservations reservations;
    private final ObjectProvider<PatientRecordPart> parts;
    private final ObjectProvider<PatientAccessLog> accessLog;
    private final RegistryClock clock;

    PatientExport(PatientService patients, Reservations reservations, ObjectProvider<PatientRecordPart> parts,
            ObjectProvider<PatientAccessLog> accessLog, RegistryClock clock) {
        this.patients = patients;
        this.reservations = reservations;
        this.parts = parts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    Document of(Long pid, List<PatientRequests.RequestRow> requests) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("patient", patient(pid));
        Patient patient = patients.get(pid);
        Map<String, Object> reservation = new LinkedHashMap<>();
        reservation.put("reserved", patient.isReserved());
        reservation.put("Reservasjonsstatus", patient.isReserved() ? 1 : 0);
        reservation.put("reservedOn", patient.getReservedOn());
        reservation.put("reservations", reservations.ofPatient(pid));
        sections.put("reservation", reservation);
        sections.put("requests", requests);
        parts.orderedStream().sorted(Comparator.comparing(PatientRecordPart::section))
                .forEach(part -> sections.put(part.section(), part.entriesFor(pid)));
        PatientAccessLog log = accessLog.getIfAvailable();
        sections.put(ACCESS_LOG, log == null ? List.of() : log.entriesFor(pid));
        return new Document(pid, clock.now(), sections, log != null);
    }

    private Map<String, Object> patient(Long pid) {
        var data = patients.personalData(pid);
        var person = data.person();
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("pid", pid);
        patient.put("nationalId", person.nationalId());
        patient.put("givenName", person.givenName());
        patient.put("familyName", person.familyName());
        patient.put("sex", person.sex());
        patient.put("birthDate", person.birthDate());
        patient.put("deceased", person.deceased());
        patient.put("dateOfDeath", person.dateOfDeath());
        patient.put("contact", new LinkedHashMap<>(data.contact()));
        return patient;
    }
}
