package no.smertereg.access;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;

/**
 * The user list as the access processes change it: new users from approved applications, access removed by a user
 * administrator, a former user's e-mail removed by LC (A3, A5, A6). The Camunda identity follows every change.
 */
@Service
@Transactional
public class UserAccounts {

    /** One user of a unit as the user administrator reviews it. */
    public record UnitUser(String username, String displayName, Set<Role> roles, Instant lastLoginAt) {
    }

    /** A user's own account as "Søk ny tilgang" fills in the application from it. */
    public record Account(String username, String displayName, String mobile, String email, Set<UnitRole> roles) {
    }

    private final AppUserRepository users;
    private final AccessEventRepository events;
    private final PasswordEncoder passwords;
    private final CamundaIdentitySync camunda;
    private final RegistryClock clock;

    UserAccounts(AppUserRepository users, AccessEventRepository events, PasswordEncoder passwords,
            CamundaIdentitySync camunda, RegistryClock clock) {
        this.users = users;
        this.events = events;
        this.passwords = passwords;
        this.camunda = camunda;
        this.clock = clock;
    }

    /** Taken also by a removed user: coming back needs a new user (A5). */
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.findByUsername(username).isPresent();
    }

    /**
     * Creates the user with one role in the unit of the registry and returns the temporary password (changed at first
     * login).
     */
    public String createWithTemporaryPassword(String username, String displayName, String mobile, String email,
            String registryId, String unitResh, Role role, String approvedBy) {
        String password = TemporaryPasswords.generate();
        Instant now = clock.now();
        AppUser user = new AppUser(username, displayName, passwords.encode(password), mobile, email, now);
        user.setPassword(user.getPasswordHash(), true, now);
        user.grant(registryId, unitResh, role);
        users.save(user);
        events.save(new AccessEvent(user.getId(), registryId, unitResh, AccessEvent.GRANTED, now, approvedBy));
        camunda.syncUser(user);
        return password;
    }

    /** An active account (not removed), for its owner's application for another unit or Rapporteket. */
    @Transactional(readOnly = true)
    public java.util.Optional<Account> account(String username) {
        return users.findByUsername(username).filter(u -> u.getRemovedAt() == null).map(u -> new Account(
                u.getUsername(), u.getDisplayName(), u.getMobile(), u.getEmail(), u.getRoles()));
    }

    /**
     * An existing user's approved application (issue 18): one more role in a unit. Like every change of roles it
     * ends the user's sessions; the next login offers the new unit. False when the account has been removed since.
     */
    public boolean grant(String username, String registryId, String unitResh, Role role, String approvedBy) {
        AppUser user = users.lockByUsername(username).filter(u -> u.getRemovedAt() == null).orElse(null);
        if (user == null) {
            return false;
        }
        user.grant(registryId, unitResh, role);
        events.save(new AccessEvent(user.getId(), registryId, unitResh, AccessEvent.GRANTED, clock.now(),
                approvedBy));
        camunda.syncUser(user);
        return true;
    }

    /** The users holding a role in the unit of the registry (the platform's role in the unit counts too). */
    @Transactional(readOnly = true)
    public List<UnitUser> activeUsersOf(String registryId, String unitResh) {
        return users.findActiveInUnit(unitResh).stream()
                .map(u -> new UnitUser(u.getUsername(), u.getDisplayName(), Collections.unmodifiableSet(
                        u.getRoles().stream().filter(r -> r.heldIn(registryId, unitResh)).map(UnitRole::role)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))),
                        u.getLastLoginAt()))
                .filter(u -> !u.roles().isEmpty()).toList();
    }

    /**
     * A5: users removed from the unit in this registry (their removal events name both) who hold no role in the unit
     * any more, in any registry, but whose e-mail address is still kept.
     */
    @Transactional(readOnly = true)
    public List<UnitUser> formerUsersWithEmail(String registryId, String unitResh) {
        return users.findAllById(events.userIdsByRegistryUnitAndKind(registryId, unitResh, AccessEvent.REMOVED))
                .stream()
                .filter(u -> u.getEmail() != null && holdsNoRoleIn(u, unitResh))
                .sorted(java.util.Comparator.comparing(AppUser::getUsername))
                .map(u -> new UnitUser(u.getUsername(), u.getDisplayName(), Set.of(), u.getLastLoginAt())).toList();
    }

    /**
     * E-mail addresses of the registry's leadership (SC) when an active user holds a role in the unit in that registry:
     * who is told about the registry's overdue user-list review of the unit; nobody when the registry has no users there.
     */
    @Transactional(readOnly = true)
    public List<String> registryLeadersOfUnit(String registryId, String unitResh) {
        return registriesIn(unitResh).contains(registryId) ? leadersOf(Set.of(registryId)) : List.of();
    }

    /** The registries in which an active user holds a role in the unit. */
    @Transactional(readOnly = true)
    public Set<String> registriesIn(String unitResh) {
        return users.findActiveInUnit(unitResh).stream().flatMap(u -> u.getRoles().stream())
                .filter(r -> r.unitResh().equals(unitResh) && !r.isPlatform()).map(UnitRole::registryId)
                .collect(Collectors.toSet());
    }

    /**
     * E-mail addresses of the registry leadership (SC) of the registries whose secretariat handles reservations and
     * patient-rights requests (R2-R4): who is told about those cases' deadlines.
     */
    @Transactional(readOnly = true)
    public List<String> registryLeadersWithSecretariat() {
        return leadersOf(registriesWithSecretariat());
    }

    /** The registries whose secretariat (an active SECRETARIAT role) handles reservations and patient-rights requests. */
    @Transactional(readOnly = true)
    public Set<String> registriesWithSecretariat() {
        return users.findActiveWithRole(Role.SECRETARIAT).stream().flatMap(u -> u.getRoles().stream())
                .filter(r -> r.role() == Role.SECRETARIAT).map(UnitRole::registryId).collect(Collectors.toSet());
    }

    private List<String> leadersOf(Set<String> registryIds) {
        return registryIds.stream().flatMap(id -> emailsOf(id, Role.SC, null).stream()).distinct().sorted().toList();
    }

    /**
     * E-mail addresses of the active holders of a role in a registry (null: in any), in one unit or (unitResh null) in
     * any.
     */
    @Transactional(readOnly = true)
    public List<String> emailsOf(String registryId, Role role, String unitResh) {
        return users.findActiveWithRole(role).stream()
                .filter(u -> u.getRoles().stream().anyMatch(r -> r.role() == role
                        && (unitResh == null || r.unitResh().equals(unitResh))
                        && (registryId == null || r.isPlatform() || r.registryId().equals(registryId))))
                .map(AppUser::getEmail).filter(e -> e != null && !e.isBlank()).distinct().sorted().toList();
    }

    /**
     * Takes away the user's roles in the given units of the registry (a user left with none is removed and leaves the
     * user list; what they registered stays). 404 when the user holds no role in any of them there.
     */
    public void revoke(String username, String registryId, Set<String> units, String by) {
        AppUser user = users.lockByUsername(username).filter(u -> u.getRemovedAt() == null)
                .filter(u -> u.getRoles().stream().anyMatch(r -> units.stream().anyMatch(
                        unit -> r.heldIn(registryId, unit))))
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
        Instant now = clock.now();
        Set<String> revoked = user.getRoles().stream().filter(r -> units.stream().anyMatch(
                unit -> r.heldIn(registryId, unit))).map(UnitRole::unitResh).collect(Collectors.toSet());
        revoked.forEach(unit -> {
            user.revoke(registryId, unit, now);
            events.save(new AccessEvent(user.getId(), registryId, unit, AccessEvent.REMOVED, now, by));
        });
        camunda.syncUser(user);
    }

    /**
     * A5: LC removes the e-mail address of a user removed from one of LC's units in LC's registry, who holds no role
     * in that unit any more.
     */
    public void removeFormerUsersEmail(String username, String registryId, Set<String> lcUnits) {
        AppUser user = users.lockByUsername(username)
                .filter(u -> lcUnits.stream().anyMatch(unit -> isFormerUserOf(u, registryId, unit)))
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
        user.removeEmail();
        camunda.syncUser(user);
    }

    private static boolean holdsNoRoleIn(AppUser user, String unitResh) {
        return user.getRoles().stream().noneMatch(r -> r.unitResh().equals(unitResh));
    }

    private boolean isFormerUserOf(AppUser user, String registryId, String unitResh) {
        return holdsNoRoleIn(user, unitResh) && events.existsByUserIdAndRegistryIdAndUnitReshAndKind(user.getId(),
                registryId, unitResh, AccessEvent.REMOVED);
    }
}
