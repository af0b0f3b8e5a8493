package no.smertereg.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.RegistryUser;
import no.smertereg.patients.Patient;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;

/**
 * R4: a patient's request for access, correction or deletion, logged by the secretariat and answered within 30 days
 * (process {@code patient-request}); access comes with the export, every request is closed with its outcome.
 */
@Service
@Transactional
public class PatientRequests {

    public record RequestRow(Long id, Long pid, RequestKind kind, LocalDate receivedOn, LocalDate dueOn,
            String loggedBy, boolean deadlinePassed, String state, String outcome, Instant closedAt,
            String closedBy) {
    }

    static final int OUTCOME_MAX = 2000;

    private final PatientRequestRepository requests;
    private final PatientService patients;
    private final PrivacyEngine engine;
    private final PrivacyAccess access;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;
    private final PatientExport export;
    private final CaseDueDates dueDates;

    PatientRequests(PatientRequestRepository requests, PatientService patients, PrivacyEngine engine,
            PrivacyAccess access, ApplicationEventPublisher events, RegistryClock clock, PatientExport export,
            CaseDueDates dueDates) {
        this.dueDates = dueDates;
        this.requests = requests;
        this.patients = patients;
        this.engine = engine;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.export = export;
    }

    public RequestRow receive(String pidOrNationalId, RequestKind kind, LocalDate receivedOn) {
        RegistryUser user = access.requireSecretariat();
        PrivacyInput.requireReceipt(kind, "kind", receivedOn, clock.today());
        Patient patient = PrivacyInput.registeredPatient(patients, pidOrNationalId);
        PatientRequest request = requests.saveAndFlush(new PatientRequest(patient.getPid(), kind, receivedOn,
                clock.now(), user.getUsername()));
        request.runsIn(engine.start(PrivacyProcesses.PATIENT_REQUEST, request.getId(), receivedOn,
                Map.of(PrivacyProcesses.VAR_KIND, kind.name())));
        events.publishEvent(PatientDataAccess.change("PATIENT_REQUEST_RECEIVE", patient.getPid(), null, null, null));
        return row(request);
    }

    /** Closes the request with its outcome (what was done; no health data), which ends the process. */
    public void close(Long id, String outcome) {
        RegistryUser user = access.requireSecretariat();
        PatientRequest request = find(id);
        String text = outcome == null ? "" : outcome.strip();
        if (text.length() < 3 || text.length() > OUTCOME_MAX) {
            throw InvalidInputException.of("outcome", "error.privacy.outcome", OUTCOME_MAX);
        }
        if (request.getState() != PatientRequest.State.OPEN) {
            throw new ConflictException("error.privacy.requestClosed", id);
        }
        request.close(text, user.getUsername(), clock.now());
        engine.complete(request.getProcessInstanceId());
        events.publishEvent(PatientDataAccess.change("PATIENT_REQUEST_CLOSE", request.getPid(), null, null, null));
    }

    /** R4 access: everything the registry holds on the request's patient, with who has seen it. */
    public PatientExport.Document export(Long id) {
        access.requireSecretariat();
        PatientRequest request = find(id);
        if (request.getKind() != RequestKind.ACCESS) {
            throw new ConflictException("error.privacy.exportOnlyForAccess", id);
        }
        events.publishEvent(PatientDataAccess.read("PATIENT_ACCESS_EXPORT", request.getPid(), null, null, null));
        return export.of(request.getPid(), requests.findByPidOrderByReceivedOnAsc(request.getPid()).stream()
                .map(this::row).toList());
    }

    @Transactional(readOnly = true)
    public List<RequestRow> open() {
        access.requireSecretariat();
        List<RequestRow> rows = requests.findByStateOrderByReceivedOnAscIdAsc(PatientRequest.State.OPEN)
                .stream()
                .map(this::row).toList();
        listed("PATIENT_REQUEST_LIST", rows.stream().map(RequestRow::pid).toList());
        return rows;
    }

    @Transactional(readOnly = true)
    public List<RequestRow> recentlyClosed() {
        access.requireSecretariat();
        List<RequestRow> rows = requests.findTop20ByStateOrderByClosedAtDesc(PatientRequest.State.CLOSED)
                .stream()
                .map(this::row).toList();
        listed("PATIENT_REQUEST_LIST", rows.stream().map(RequestRow::pid).toList());
        return rows;
    }

    /** The secretariat saw these patients' PIDs with their cases: one read per patient. */
    private void listed(String action, List<Long> pids) {
        if (!pids.isEmpty()) {
            events.publishEvent(PatientDataAccess.readOf(action, pids.stream().distinct()
                    .map(pid -> new PatientDataAccess.Subject(pid, null, null, null)).toList()));
        }
    }

    private PatientRequest find(Long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("error.privacy.requestNotFound", id));
    }

    private RequestRow row(PatientRequest r) {
        return new RequestRow(r.getId(), r.getPid(), r.getKind(), r.getReceivedOn(),
                dueDates.dueOn(r.getProcessInstanceId()), r.getLoggedBy(), r.isDeadlinePassed(), r.getState().name(),
                r.getOutcome(), r.getClosedAt(), r.getClosedBy());
    }
}
