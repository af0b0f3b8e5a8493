package no.smertereg.access.application;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.AccessProcesses;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.access.UserAccounts;
import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryDirectory;
import no.smertereg.shared.RegistryClock;

/**
 * Access applications (A1, A2, A3, A7): submitted anonymously, decided by the approver group of the unit, the new
 * user created with a temporary password sent by SMS, a rejection's reason sent by e-mail. Logs name ids only.
 */
@Service
@Transactional
public class ApplicationService {

    static final int REASON_MAX = 1000;
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    private final AccessApplicationRepository applications;
    private final OrganisationService organisation;
    private final RegistryDirectory registries;
    private final UserAccounts accounts;
    private final Outbox outbox;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MessageSource messages;
    private final RegistryClock clock;
    private final String baseUrl;

    ApplicationService(AccessApplicationRepository applications, OrganisationService organisation,
            RegistryDirectory registries, UserAccounts accounts, Outbox outbox, RuntimeService runtime,
            TaskService tasks, MessageSource messages, RegistryClock clock,
            @Value("${registry.base-url:http://localhost:8080}") String baseUrl) {
        this.applications = applications;
        this.organisation = organisation;
        this.registries = registries;
        this.accounts = accounts;
        this.outbox = outbox;
        this.runtime = runtime;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public AccessApplication submit(ApplicationRequest request) {
        ApplicationValidation.Valid valid = ApplicationValidation.check(request, organisation, registries, false);
        AccessApplication application = new AccessApplication(request, valid, clock.now());
        if (accounts.usernameTaken(application.getUsername())
                || applications.existsByUsernameAndStatus(application.getUsername(), ApplicationStatus.PENDING)) {
            throw new ConflictException("error.application.usernameTaken");
        }
        return start(application);
    }

    /**
     * "Søk ny tilgang" (issue 18): the logged-in user applies for another unit or for Rapporteket with their own
     * account (username, name and mobile are the account's); the same process decides it. 409 when the user holds
     * that role in the unit already or has such an application waiting.
     */
    public AccessApplication submitForAccount(RegistryUser user, ApplicationRequest typed) {
        UserAccounts.Account account = accounts.account(user.getUsername())
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
        ApplicationRequest request = new ApplicationRequest(account.username(), account.displayName(),
                account.mobile() == null ? "" : account.mobile(), typed.email(), typed.position(), typed.region(),
                typed.unitResh(), typed.clinic(), typed.department(), typed.project(), false, typed.registry());
        ApplicationValidation.Valid valid = ApplicationValidation.check(request, organisation, registries, true);
        AccessApplication application = AccessApplication.ofExistingUser(request, valid, clock.now());
        if (account.roles().contains(new UnitRole(application.getRegistryId(), application.getUnitResh(),
                application.grantedRole()))) {
            throw new ConflictException("error.application.alreadyHeld");
        }
        if (applications.existsByUsernameAndRegistryIdAndUnitReshAndProjectAndStatus(application.getUsername(),
                application.getRegistryId(), application.getUnitResh(), application.getProject(),
                ApplicationStatus.PENDING)) {
            throw new ConflictException("error.application.alreadyWaiting");
        }
        return start(application);
    }

    private AccessApplication start(AccessApplication application) {
        applications.save(application);
        runtime.startProcessInstanceByKey(AccessProcesses.APPLICATION, application.getId().toString(),
                Variables.createVariables().putValue(AccessProcesses.VAR_REGISTRY, application.getRegistryId())
                        .putValue(AccessProcesses.VAR_UNIT, application.getUnitResh())
                        .putValue(AccessProcesses.VAR_APPROVER_GROUP, application.getApproverGroup().name()));
        log.info("Access application {} for unit {} waits for {}", application.getId(), application.getUnitResh(),
                application.getApproverGroup());
        return application;
    }

    /** The pending applications the user may decide. */
    @Transactional(readOnly = true)
    public List<AccessApplication> inbox(RegistryUser user) {
        return applications.findByStatusOrderBySubmittedAt(ApplicationStatus.PENDING).stream()
                .filter(a -> mayDecide(user, a)).toList();
    }

    /** A2: decided through the registry; the process then creates the user or sends the rejection. */
    public AccessApplication decide(RegistryUser user, Long id, Boolean approve, String reason) {
        AccessApplication application = applications.findById(id)
                .orElseThrow(() -> new NotFoundException("error.application.notFound"));
        if (!mayDecide(user, application)) {
            boolean sameRegistry = user.registryId().equals(application.getRegistryId())
                    || RegistryDirectory.PLATFORM.equals(application.getRegistryId());
            if (sameRegistry
                    && user.unitRoles().stream().anyMatch(r -> r.unitResh().equals(application.getUnitResh()))) {
                throw new ForbiddenException("error.application.forbidden");
            }
            throw new NotFoundException("error.application.notFound");
        }
        record(application, approve, reason, user.getUsername());
        Task task = tasks.createTaskQuery().processDefinitionKey(AccessProcesses.APPLICATION)
                .processInstanceBusinessKey(id.toString()).singleResult();
        if (task == null) {
            throw new ConflictException("error.application.decided");
        }
        tasks.complete(task.getId(), Variables.createVariables().putValue(AccessProcesses.VAR_APPROVED, approve));
        return application;
    }

    /**
     * A decision made in Tasklist (the engine has checked that the user is a candidate of the task); a decision the
     * registry stored already is left as it is.
     */
    public void recordTasklistDecision(Long id, Boolean approve, String reason, String userId) {
        AccessApplication application = applications.findById(id).orElseThrow();
        if (application.getStatus() == ApplicationStatus.PENDING) {
            record(application, approve, reason, userId);
        }
    }

    private void record(AccessApplication application, Boolean approve, String reason, String by) {
        if (application.getStatus() != ApplicationStatus.PENDING) {
            throw new ConflictException("error.application.decided");
        }
        if (approve == null) {
            throw InvalidInputException.of("approve", "error.field.required");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "error.application.reasonRequired");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "error.application.tooLong", REASON_MAX);
        }
        application.decide(approve, reason == null ? null : reason.trim(), by, clock.now());
        log.info("Access application {} {}", application.getId(), approve ? "approved" : "rejected");
    }

    /** A3: the user with the role for the unit, and the temporary password by SMS to the mobile applied with. */
    public void createApprovedUser(Long id) {
        AccessApplication application = decided(id, ApplicationStatus.APPROVED);
        if (application.isExistingUser()) {
            grantToAccount(application);
            return;
        }
        String password = accounts.createWithTemporaryPassword(application.getUsername(),
                application.getFullName(), application.getMobile(), application.getEmail(),
                application.getRegistryId(), application.getUnitResh(), application.grantedRole(),
                application.getDecidedBy());
        outbox.send(Channel.SMS, application.getMobile(), null,
                text("access.sms.password", application.getUsername(), password, baseUrl),
                "access-application-" + id + "-password");
        log.info("Access application {}: user created, temporary password in the outbox", id);
    }

    /** An existing user's application: the role is added to the account, and an SMS says so (ids only). */
    private void grantToAccount(AccessApplication application) {
        Long id = application.getId();
        if (!accounts.grant(application.getUsername(), application.getRegistryId(), application.getUnitResh(),
                application.grantedRole(), application.getDecidedBy())) {
            log.info("Access application {}: the account was removed before the approval, nothing granted", id);
            return;
        }
        if (!application.getMobile().isBlank()) {
            outbox.send(Channel.SMS, application.getMobile(), null, text("access.sms.granted", id.toString(), baseUrl),
                    "access-application-" + id + "-granted");
        }
        log.info("Access application {}: role granted to the existing account", id);
    }

    public void sendRejection(Long id) {
        AccessApplication application = decided(id, ApplicationStatus.REJECTED);
        outbox.send(Channel.EMAIL, application.getEmail(), text("access.mail.rejected.subject"),
                text("access.mail.rejected.body", id.toString(), application.getRejectionReason()),
                "access-application-" + id + "-rejected");
    }

    /** Reminds the approvers by e-mail: the application's id and a link, nothing about the applicant. */
    public void remindApprovers(Long id) {
        AccessApplication application = applications.findById(id).orElseThrow();
        Role group = application.getApproverGroup();
        List<String> recipients = accounts.emailsOf(application.getRegistryId(), group,
                group == Role.USER_ADMIN ? application.getUnitResh() : null);
        for (String recipient : recipients) {
            outbox.send(Channel.EMAIL, recipient, text("access.mail.reminder.subject", id.toString()),
                    text("access.mail.reminder.body", id.toString(), baseUrl + "/camunda/app/tasklist/"),
                    "access-application-" + id + "-reminder-" + recipient);
        }
        log.info("Access application {}: {} approvers reminded", id, recipients.size());
    }

    /** The unit's user administrator and SC in the application's registry; the system manager for IT personnel. */
    static boolean mayDecide(RegistryUser user, AccessApplication application) {
        boolean inRegistry = user.registryId().equals(application.getRegistryId());
        return switch (application.getApproverGroup()) {
            case USER_ADMIN -> inRegistry && user.hasRole(application.getUnitResh(), Role.USER_ADMIN);
            case SYSTEM_MANAGER -> user.hasRoleAnywhere(Role.SYSTEM_MANAGER);
            case SC -> inRegistry && user.hasRoleAnywhere(Role.SC);
            default -> false;
        };
    }

    private AccessApplication decided(Long id, ApplicationStatus expected) {
        AccessApplication application = applications.findById(id).orElseThrow();
        if (application.getStatus() != expected) {
            throw new IllegalStateException("Access application " + id + " is " + application.getStatus());
        }
        return application;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, BOKMAAL);
    }
}
