package no.smertereg.access;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps Camunda's identity in step with ours, so that Tasklist and Cockpit show each user what the registry
 * allows: a group per role, a tenant per registry and hospital unit ({@link EngineTenants}), memberships (added and removed), application access and
 * a Tasklist filter. Passwords are never copied: the webapps take the user from the registry's own login. The
 * system manager reads Cockpit and Admin and works only the access applications of IT personnel; the registry
 * leader and user administrators see their access tasks in Tasklist (tenants: their registry in their units; SC its
 * registry in all units, the system manager every tenant). Nobody is a Camunda superuser.
 */
@Component
@Order(10)
class CamundaIdentitySync implements ApplicationRunner {

    static final String FORM_TASKS_FILTER = "Skjemaoppgaver i min enhet";
    static final String ACCESS_TASKS_FILTER = "Tilgangssøknader og gjennomganger";
    static final String ENGINE_OWNER = "engine-owner";

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final EngineTenants engineTenants;

    CamundaIdentitySync(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, AppUserRepository users, OrgUnitRepository units, EngineTenants engineTenants) {
        this.engineTenants = engineTenants;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.users = users;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Role role : List.of(Role.LU, Role.LC, Role.SC, Role.USER_ADMIN, Role.SECRETARIAT,
                Role.REPORT_READER, Role.CLERK, Role.COUNCIL)) {
            group(role.name(), "SmerteReg " + role.name(), "WORKFLOW");
        }
        group(Role.SYSTEM_MANAGER.name(), "Systemforvaltere", Groups.GROUP_TYPE_SYSTEM);
        engineOwner();
        units.findAll().forEach(engineTenants::ensure);
        users.findAll().forEach(this::syncUser);
        grant(Role.LU.name(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Role.LC.name(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Role.LC.name(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Role.LU.name(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        grant(Role.LC.name(), Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_TASK, Permissions.READ_HISTORY);
        grant(Role.LC.name(), Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        String operator = Role.SYSTEM_MANAGER.name();
        grant(operator, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(operator, Resources.APPLICATION, "admin", Permissions.ACCESS);
        for (Resource identityResource : List.of(Resources.USER, Resources.GROUP, Resources.TENANT,
                Resources.AUTHORIZATION, Resources.DEPLOYMENT)) {
            grant(operator, identityResource, "*", Permissions.READ);
        }
        grant(operator, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        grant(operator, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        String filterId = formTasksFilter();
        grant(Role.LU.name(), Resources.FILTER, filterId, Permissions.READ);
        grant(Role.LC.name(), Resources.FILTER, filterId, Permissions.READ);
        accessApprovers();
        log.info("Camunda identity in step: {} users, {} tenants", users.count(), units.count());
    }

    /**
     * User administrators, the registry leader (report-portal applications, A7) and the system manager (IT
     * personnel's applications) decide access applications in Tasklist; user administrators also review users.
     */
    private void accessApprovers() {
        String filterId = accessTasksFilter();
        for (Role approver : List.of(Role.USER_ADMIN, Role.SC, Role.SYSTEM_MANAGER)) {
            grant(approver.name(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(approver.name(), Resources.FILTER, filterId, Permissions.READ);
            for (String process : List.of(AccessProcesses.APPLICATION, AccessProcesses.REVIEW)) {
                grant(approver.name(), Resources.PROCESS_DEFINITION, process, Permissions.READ);
            }
        }
    }

    /** Creates the user when missing and makes its e-mail, groups and tenants exactly what the registry says. */
    void syncUser(AppUser appUser) {
        String id = appUser.getUsername();
        User existing = identity.createUserQuery().userId(id).singleResult();
        if (existing == null) {
            User user = identity.newUser(id);
            user.setFirstName(appUser.getDisplayName());
            user.setLastName("");
            user.setEmail(appUser.getEmail());
            user.setPassword(UUID.randomUUID() + "Aa1!");
            identity.saveUser(user);
        } else if (!java.util.Objects.equals(existing.getEmail(), appUser.getEmail())) {
            existing.setEmail(appUser.getEmail());
            identity.saveUser(existing);
        }
        readOwnUserOnly(id);
        Set<String> groups = new HashSet<>();
        appUser.getRoles().forEach(unitRole -> groups.add(unitRole.role().name()));
        Set<String> tenants = engineTenants.memberships(appUser.getRoles());
        Set<String> currentGroups = new HashSet<>();
        identity.createGroupQuery().groupMember(id).list().forEach(g -> currentGroups.add(g.getId()));
        groups.stream().filter(g -> !currentGroups.contains(g)).forEach(g -> identity.createMembership(id, g));
        currentGroups.stream().filter(g -> !groups.contains(g)).forEach(g -> identity.deleteMembership(id, g));
        Set<String> currentTenants = new HashSet<>();
        identity.createTenantQuery().userMember(id).list().forEach(t -> currentTenants.add(t.getId()));
        tenants.stream().filter(t -> !currentTenants.contains(t))
                .forEach(t -> identity.createTenantUserMembership(t, id));
        currentTenants.stream().filter(t -> !tenants.contains(t))
                .forEach(t -> identity.deleteTenantUserMembership(t, id));
    }

    /** Users created before {@link RegistryAuthorizationProvider} held every permission on themselves. */
    private void readOwnUserOnly(String userId) {
        Authorization own = authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.USER)
                .resourceId(userId).singleResult();
        if (own != null && !(own.isPermissionGranted(Permissions.READ) && !own.isPermissionGranted(Permissions.UPDATE)
                && !own.isPermissionGranted(Permissions.DELETE))) {
            own.setPermissions(new Permission[] {Permissions.READ});
            authorizations.saveAuthorization(own);
        }
    }

    /**
     * The webapps send everyone to their "create the first admin" page while no Camunda administrator exists. The
     * administrator is a technical user with a random password and no registry login: nobody can sign in as it.
     */
    private void engineOwner() {
        group(Groups.CAMUNDA_ADMIN, "Camunda-administrator (teknisk)", Groups.GROUP_TYPE_SYSTEM);
        if (identity.createUserQuery().userId(ENGINE_OWNER).count() == 0) {
            User owner = identity.newUser(ENGINE_OWNER);
            owner.setFirstName("Teknisk eier");
            owner.setLastName("(ingen innlogging)");
            owner.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(owner);
        }
        identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                .filter(u -> !ENGINE_OWNER.equals(u.getId()))
                .forEach(u -> identity.deleteMembership(u.getId(), Groups.CAMUNDA_ADMIN));
        if (identity.createUserQuery().userId(ENGINE_OWNER).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(ENGINE_OWNER, Groups.CAMUNDA_ADMIN);
        }
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private String formTasksFilter() {
        Filter existing = filters.createFilterQuery().filterName(FORM_TASKS_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
        Filter filter = filters.newTaskFilter(FORM_TASKS_FILTER).setQuery(query);
        filter.setProperties(new java.util.HashMap<>(java.util.Map.of(
                "description", "Skjema (TO, B1.1-B2.2) og korrigeringer for enhetene dine", "priority", -10,
                "refresh", true)));
        return filters.saveFilter(filter).getId();
    }

    private String accessTasksFilter() {
        Filter existing = filters.createFilterQuery().filterName(ACCESS_TASKS_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .processDefinitionKeyIn(AccessProcesses.APPLICATION, AccessProcesses.REVIEW).includeAssignedTasks();
        Filter filter = filters.newTaskFilter(ACCESS_TASKS_FILTER).setQuery(query);
        filter.setProperties(new java.util.HashMap<>(java.util.Map.of(
                "description", "Tilgangssøknader å godkjenne og brukerlister å gjennomgå", "priority", -5,
                "refresh", true)));
        return filters.saveFilter(filter).getId();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
