package no.smertereg.datarequests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;

/**
 * The session's registry's data requests: SC registers an application, records the agreement, downloads the extract
 * and keeps the project's status; the council (fagråd) records its decision. Each is checked, role first, before
 * anything is stored; a request of another registry is not found.
 */
@Service
@Transactional
public class DataRequests {

    static final String AUDIT_DOWNLOAD = "DATA_REQUEST_DOWNLOAD";
    static final int NOTE_MAX = 2000;
    static final int REFERENCE_MAX = 200;
    static final int STATUS_MAX = 500;

    private final DataRequestRepository requests;
    private final DataExtractFiles files;
    private final DataRequestProcess process;
    private final DataRequestVariables variables;
    private final Registries registries;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;

    DataRequests(DataRequestRepository requests, DataExtractFiles files, DataRequestProcess process,
            DataRequestVariables variables, Registries registries, ApplicationEventPublisher events,
            RegistryClock clock) {
        this.requests = requests;
        this.files = files;
        this.process = process;
        this.variables = variables;
        this.registries = registries;
        this.events = events;
        this.clock = clock;
    }

    /** The file of a delivered extract. */
    record Extract(String fileName, byte[] content) {
    }

    @Transactional(readOnly = true)
    List<DataRequestRow> list() {
        RegistryUser user = requireReader();
        return requests.findByRegistryIdOrderByReceivedOnDescIdDesc(user.registryId()).stream()
                .map(DataRequestRow::of).toList();
    }

    @Transactional(readOnly = true)
    DataRequestRow get(Long id) {
        return DataRequestRow.of(find(requireReader(), id));
    }

    /** The variables of the session's registry, by form. */
    @Transactional(readOnly = true)
    Map<String, List<String>> catalogue() {
        return variables.of(registry(requireReader()));
    }

    static boolean mayRegister(RegistryUser user) {
        return user.hasRoleAnywhere(Role.SC);
    }

    static boolean mayDecide(RegistryUser user) {
        return user.hasRoleAnywhere(Role.COUNCIL);
    }

    DataRequestRow apply(Map<String, String> fields) {
        RegistryUser user = requireRegistryLeader();
        RegistryDefinitions registry = registry(user);
        DataRequestApplication application = DataRequestApplication.parse(fields,
                variables.names(registry)::contains, clock.today());
        DataRequest request = requests.saveAndFlush(new DataRequest(user.registryId(), application,
                user.getUsername(), clock.now()));
        request.runsIn(process.start(user.registryId(), request.getId()));
        return DataRequestRow.of(request);
    }

    /** The council's decision from its meeting: approved (the variables it grants, of those applied for) or not. */
    void decide(Long id, Map<String, String> fields) {
        RegistryUser user = CurrentUser.get();
        if (!mayDecide(user)) {
            throw new ForbiddenException("datarequests.councilOnly");
        }
        DataRequest request = find(user, id);
        Task task = openTask(request, DataRequestProcess.TASK_DECISION);
        List<FieldProblem> problems = new ArrayList<>();
        String decision = fields.getOrDefault("decision", "");
        if (!decision.equals("approve") && !decision.equals("reject")) {
            problems.add(FieldProblem.of("decision", "datarequests.decision.required"));
        }
        boolean approved = decision.equals("approve");
        LocalDate on = pastDate(fields, "decidedOn", problems);
        if (on != null && on.isBefore(request.getReceivedOn())) {
            problems.add(FieldProblem.of("decidedOn", "datarequests.decision.beforeApplication"));
        }
        List<String> granted = approved ? DataRequestApplication.variables(fields.get("approvedVariables"),
                request.getVariables()::contains, "approvedVariables", problems) : List.of();
        String note = fields.getOrDefault("note", "").strip();
        if (note.length() > NOTE_MAX) {
            problems.add(FieldProblem.of("note", "datarequests.field.tooLong", NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        request.decide(approved, on, user.getUsername(), granted, note.isEmpty() ? null : note);
        requests.flush();
        process.complete(task, Map.of(DataRequestProcess.VAR_APPROVED, approved));
    }

    /** The signed agreement: the extract is made once it is recorded. */
    void agree(Long id, Map<String, String> fields) {
        RegistryUser user = requireRegistryLeader();
        DataRequest request = find(user, id);
        Task task = openTask(request, DataRequestProcess.TASK_AGREEMENT);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = pastDate(fields, "agreementOn", problems);
        if (on != null && on.isBefore(request.getDecidedOn())) {
            problems.add(FieldProblem.of("agreementOn", "datarequests.agreement.beforeDecision"));
        }
        String reference = DataRequestApplication.text(fields, "agreementReference", REFERENCE_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        request.agree(on, reference, user.getUsername());
        requests.flush();
        process.complete(task, Map.of());
    }

    /** The project's status for the annual report's list (e.g. "Artikkel under arbeid", "Avbrutt"). */
    void projectStatus(Long id, String status) {
        RegistryUser user = requireRegistryLeader();
        DataRequest request = find(user, id);
        if (request.getState() != DataRequest.State.DELIVERED) {
            throw new ConflictException("datarequests.notAtStep", id);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = DataRequestApplication.text(Map.of("projectStatus", status == null ? "" : status),
                "projectStatus", STATUS_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        request.projectStatus(text);
    }

    /** SC's download of the extract, logged with the request. */
    Extract download(Long id) {
        RegistryUser user = requireRegistryLeader();
        DataRequest request = find(user, id);
        if (request.getState() != DataRequest.State.DELIVERED) {
            throw new ConflictException("datarequests.noExtract", id);
        }
        byte[] content = files.content(id).orElseThrow(() -> new ConflictException("datarequests.noExtract", id));
        events.publishEvent(PatientDataAccess.read(AUDIT_DOWNLOAD, null, null, null, DataExtracts.label(id)));
        return new Extract("utlevering-" + id + ".csv", content);
    }

    private Task openTask(DataRequest request, String taskKey) {
        return process.open(request.getProcessInstanceId(), taskKey)
                .orElseThrow(() -> new ConflictException("datarequests.notAtStep", request.getId()));
    }

    private LocalDate pastDate(Map<String, String> fields, String field, List<FieldProblem> problems) {
        LocalDate date = DataRequestApplication.date(fields, field, problems);
        if (date != null && date.isAfter(clock.today())) {
            problems.add(FieldProblem.of(field, "datarequests.date.future"));
        }
        return date;
    }

    private DataRequest find(RegistryUser user, Long id) {
        return requests.findByIdAndRegistryId(id, user.registryId())
                .orElseThrow(() -> new NotFoundException("datarequests.notFound", id));
    }

    private RegistryDefinitions registry(RegistryUser user) {
        return registries.of(user.registryId());
    }

    private static RegistryUser requireReader() {
        RegistryUser user = CurrentUser.get();
        if (!mayRegister(user) && !mayDecide(user)) {
            throw new ForbiddenException("datarequests.forbidden");
        }
        return user;
    }

    private static RegistryUser requireRegistryLeader() {
        RegistryUser user = CurrentUser.get();
        if (!mayRegister(user)) {
            throw new ForbiddenException("datarequests.registryLeaderOnly");
        }
        return user;
    }
}
