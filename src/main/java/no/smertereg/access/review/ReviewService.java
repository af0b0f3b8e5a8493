package no.smertereg.access.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.AccessProcesses;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UserAccounts;
import no.smertereg.engine.RegistryCompletions;
import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.RegistryDirectory;
import no.smertereg.shared.RegistryDirectory.EngineTenant;

/**
 * A6: the quarterly review of each unit's user list. The user administrator confirms or removes every user; SC
 * sees the reviews that are more than 14 days overdue and is told by e-mail when one becomes so.
 */
@Service
@Transactional
public class ReviewService {

    static final Duration OVERDUE_AFTER = Duration.ofDays(14);
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    /** An open review; {@code users} only for the unit's user administrator. */
    public record Review(String taskId, String unitResh, Instant openedAt, boolean overdue,
            List<UserAccounts.UnitUser> users) {
    }

    private final TaskService tasks;
    private final UserAccounts accounts;
    private final Outbox outbox;
    private final MessageSource messages;
    private final RegistryClock clock;
    private final RegistryDirectory registries;
    private final String baseUrl;

    ReviewService(TaskService tasks, UserAccounts accounts, Outbox outbox, MessageSource messages,
            RegistryClock clock, RegistryDirectory registries,
            @Value("${registry.base-url:http://localhost:8080}") String baseUrl) {
        this.tasks = tasks;
        this.registries = registries;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * The open reviews of the session registry in the user's units (with the user list), and for SC every overdue
     * review of the registry in a unit where it has users. Each registry reviews its own users of a unit (ADR 0017).
     */
    @Transactional(readOnly = true)
    public List<Review> reviews(RegistryUser user) {
        List<Review> result = new ArrayList<>();
        Set<String> adminUnits = user.unitsWith(Role.USER_ADMIN);
        Map<String, Boolean> unitInRegistry = new HashMap<>();
        for (Task task : openReviews()) {
            EngineTenant review = registries.ofEngineTenant(task.getTenantId());
            if (!review.registryId().equals(user.registryId())) {
                continue;
            }
            String unit = review.unitResh();
            boolean overdue = isOverdue(task);
            if (adminUnits.contains(unit)) {
                result.add(new Review(task.getId(), unit, task.getCreateTime().toInstant(), overdue,
                        accounts.activeUsersOf(user.registryId(), unit)));
            } else if (overdue && user.hasRoleAnywhere(Role.SC) && unitInRegistry.computeIfAbsent(unit,
                    u -> accounts.registriesIn(u).contains(user.registryId()))) {
                result.add(new Review(task.getId(), unit, task.getCreateTime().toInstant(), true, List.of()));
            }
        }
        return result;
    }

    /** Removes the access of {@code remove} in the unit and completes the review; every user must be named once. */
    public void complete(RegistryUser user, String taskId, List<String> confirm, List<String> remove) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(AccessProcesses.REVIEW)
                .singleResult();
        if (task == null) {
            throw new NotFoundException("error.review.notFound");
        }
        EngineTenant review = registries.ofEngineTenant(task.getTenantId());
        if (!review.registryId().equals(user.registryId())) {
            throw new NotFoundException("error.review.notFound");
        }
        String unit = review.unitResh();
        if (!user.hasRole(unit, Role.USER_ADMIN)) {
            if (user.unitRoles().stream().anyMatch(r -> r.unitResh().equals(unit))) {
                throw new ForbiddenException("error.review.forbidden");
            }
            throw new NotFoundException("error.review.notFound");
        }
        Set<String> toConfirm = new LinkedHashSet<>(confirm == null ? List.of() : confirm);
        Set<String> toRemove = new LinkedHashSet<>(remove == null ? List.of() : remove);
        checkEveryUserOnce(user.registryId(), unit, toConfirm, toRemove, user.getUsername());
        toRemove.forEach(username -> accounts.revoke(username, user.registryId(), Set.of(unit),
                user.getUsername()));
        RegistryCompletions.run(taskId, () -> tasks.complete(taskId));
        log.info("User-list review of unit {} done: {} confirmed, {} removed", unit, toConfirm.size(),
                toRemove.size());
    }

    /** The review of the registry's users in a unit, named by its engine tenant, is 14 days overdue. */
    public void notifyOverdue(String tenantId, String escalationId) {
        EngineTenant review = registries.ofEngineTenant(tenantId);
        String unitResh = review.unitResh();
        for (String recipient : accounts.registryLeadersOfUnit(review.registryId(), unitResh)) {
            outbox.send(Channel.EMAIL, recipient, text("access.mail.reviewOverdue.subject", unitResh),
                    text("access.mail.reviewOverdue.body", unitResh, baseUrl + "/swagger-ui/index.html"),
                    "access-review-overdue-" + escalationId + "-" + recipient);
        }
        log.info("User-list review of unit {} in {} overdue: registry leadership notified", unitResh,
                review.registryId());
    }

    private void checkEveryUserOnce(String registryId, String unit, Set<String> confirm, Set<String> remove,
            String reviewer) {
        Set<String> current = new HashSet<>();
        accounts.activeUsersOf(registryId, unit).forEach(u -> current.add(u.username()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> both = new HashSet<>(confirm);
        both.retainAll(remove);
        if (!both.isEmpty()) {
            problems.add(FieldProblem.of("remove", "error.review.both", String.join(", ", both)));
        }
        unknown(confirm, current).ifPresent(names -> problems.add(FieldProblem.of("confirm", "error.review.unknown",
                names)));
        unknown(remove, current).ifPresent(names -> problems.add(FieldProblem.of("remove", "error.review.unknown",
                names)));
        if (remove.contains(reviewer)) {
            problems.add(FieldProblem.of("remove", "error.review.self"));
        }
        Set<String> missing = new java.util.TreeSet<>(current);
        missing.removeAll(confirm);
        missing.removeAll(remove);
        if (!missing.isEmpty()) {
            problems.add(FieldProblem.of("confirm", "error.review.missing", String.join(", ", missing)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static java.util.Optional<String> unknown(Set<String> names, Set<String> current) {
        List<String> unknown = names.stream().filter(n -> !current.contains(n)).sorted().toList();
        return unknown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", unknown));
    }

    private List<Task> openReviews() {
        return tasks.createTaskQuery().processDefinitionKey(AccessProcesses.REVIEW).orderByTaskCreateTime().asc()
                .list();
    }

    private boolean isOverdue(Task task) {
        return !task.getCreateTime().toInstant().plus(OVERDUE_AFTER).isAfter(clock.now());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, BOKMAAL);
    }
}
