package no.smertereg.access.engineapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import no.smertereg.access.Role;

/**
 * The requests to the engine's REST API (at {@code /engine-rest} and, for the webapps, {@code /camunda/api/engine})
 * and to the webapps' plugin APIs that each role may send; anything else is refused before the engine sees it.
 * Paths are relative to the engine ({@code /task/{id}/claim}). What Tasklist, Cockpit and Admin need: reads for
 * their users, task work for candidates, and the operator's few writes (job execution and retries, migration). Nobody
 * deploys, deletes, starts processes, sets variables, changes users, groups, tenants or authorizations here: the
 * pathways come from {@code processes/}, the users from the registry.
 */
public final class EngineApiAllowList {

    /** Who uses which webapp: Tasklist, Cockpit, Admin and the operator's writes. */
    public enum Audience {
        LOGGED_IN(EnumSet.allOf(Role.class)),
        TASKLIST(EnumSet.of(Role.LU, Role.LC, Role.SC, Role.USER_ADMIN, Role.SYSTEM_MANAGER)),
        COCKPIT(EnumSet.of(Role.LC, Role.SYSTEM_MANAGER)),
        OPERATOR(EnumSet.of(Role.SYSTEM_MANAGER));

        private final Set<Role> roles;

        Audience(Set<Role> roles) {
            this.roles = roles;
        }

        public Set<Role> roles() {
            return roles;
        }
    }

    /** The engine object a path names by its {@code {id}} or {@code {key}}, checked for visibility first. */
    public enum Target {
        NONE, TASK, PROCESS_INSTANCE, EXECUTION, JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_DEFINITION_KEY,
        DEPLOYMENT, INCIDENT, FILTER, VARIABLE_INSTANCE, EXTERNAL_TASK, BATCH
    }

    /** One allowed request: the methods, the path pattern relative to the engine (or plugin API), the audience. */
    public record Rule(Api api, Audience audience, Set<String> methods, String path, Target target,
            PathPattern pattern) {

        Rule(Api api, Audience audience, String methods, String path, Target target) {
            this(api, audience, Set.of(methods.split(" ")), path, target, PARSER.parse(path));
        }

        boolean matches(Api requestApi, String method, PathContainer requestPath) {
            return api == requestApi && methods.contains(method) && pattern.matches(requestPath);
        }
    }

    /** The engine's REST API, or one of the webapps' own APIs under {@code /camunda/api/<app>}. */
    public enum Api { ENGINE, ADMIN, COCKPIT, TASKLIST, WELCOME }

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final String HISTORY = "activity-instance|batch|decision-instance|detail|external-task-log"
            + "|identity-link-log|incident|job-log|process-instance|variable-instance";
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        Audience tasklist = Audience.TASKLIST;
        engine(tasklist, "GET", "/engine");
        engine(tasklist, "GET OPTIONS", "/filter");
        engine(tasklist, "GET", "/filter/count");
        engine(tasklist, "GET OPTIONS", "/filter/{id}", Target.FILTER);
        engine(tasklist, "GET POST", "/filter/{id}/{query:list|count|singleResult}", Target.FILTER);
        engine(tasklist, "GET POST", "/task");
        engine(tasklist, "GET POST", "/task/count");
        engine(tasklist, "GET", "/task/{id}", Target.TASK);
        engine(tasklist, "GET", "/task/{id}/{part:form|deployed-form|rendered-form|form-variables|identity-links"
                + "|variables|localVariables|comment|attachment}", Target.TASK);
        engine(tasklist, "POST", "/task/{id}/{work:claim|unclaim|complete|submit-form}", Target.TASK);
        engine(tasklist, "GET", "/process-definition");
        engine(tasklist, "GET", "/process-definition/count");
        engine(tasklist, "GET", "/process-definition/{id}", Target.PROCESS_DEFINITION);
        engine(tasklist, "GET", "/process-definition/{id}/xml", Target.PROCESS_DEFINITION);
        engine(tasklist, "GET", "/process-definition/key/{key}", Target.PROCESS_DEFINITION_KEY);
        engine(tasklist, "GET", "/process-definition/key/{key}/xml", Target.PROCESS_DEFINITION_KEY);
        engine(tasklist, "GET", "/user");
        engine(tasklist, "GET", "/user/{id}/profile");
        engine(tasklist, "GET", "/group");
        engine(tasklist, "GET", "/identity/groups");
        engine(tasklist, "GET", "/history/user-operation");
        engine(tasklist, "GET", "/history/user-operation/count");
        engine(tasklist, "GET POST", "/history/task");
        engine(tasklist, "GET POST", "/history/task/count");
        pluginAssets(Api.TASKLIST, tasklist);

        Audience cockpit = Audience.COCKPIT;
        engine(cockpit, "GET", "/process-definition/statistics");
        engine(cockpit, "GET", "/process-definition/{id}/{part:statistics|diagram|static-called-process-definitions}",
                Target.PROCESS_DEFINITION);
        engine(cockpit, "GET", "/process-definition/key/{key}/{part:statistics|diagram}",
                Target.PROCESS_DEFINITION_KEY);
        engine(cockpit, "GET POST", "/process-instance");
        engine(cockpit, "GET POST", "/process-instance/count");
        engine(cockpit, "GET", "/process-instance/{id}", Target.PROCESS_INSTANCE);
        engine(cockpit, "GET", "/process-instance/{id}/{part:activity-instances|variables|comment}",
                Target.PROCESS_INSTANCE);
        engine(cockpit, "GET", "/process-instance/{id}/variables/{name}", Target.PROCESS_INSTANCE);
        engine(cockpit, "GET POST", "/execution");
        engine(cockpit, "GET POST", "/execution/count");
        engine(cockpit, "GET", "/execution/{id}", Target.EXECUTION);
        engine(cockpit, "GET", "/execution/{id}/localVariables", Target.EXECUTION);
        engine(cockpit, "GET", "/incident");
        engine(cockpit, "GET", "/incident/count");
        engine(cockpit, "GET", "/incident/{id}", Target.INCIDENT);
        engine(cockpit, "GET POST", "/job");
        engine(cockpit, "GET POST", "/job/count");
        engine(cockpit, "GET", "/job/{id}", Target.JOB);
        engine(cockpit, "GET", "/job/{id}/stacktrace", Target.JOB);
        engine(cockpit, "GET POST", "/job-definition");
        engine(cockpit, "GET POST", "/job-definition/count");
        engine(cockpit, "GET", "/job-definition/{id}", Target.JOB_DEFINITION);
        engine(cockpit, "GET", "/deployment");
        engine(cockpit, "GET", "/deployment/count");
        engine(cockpit, "GET", "/deployment/{id}", Target.DEPLOYMENT);
        engine(cockpit, "GET", "/deployment/{id}/resources/**", Target.DEPLOYMENT);
        engine(cockpit, "GET", "/{kind:decision-definition|decision-requirements-definition}");
        engine(cockpit, "GET", "/{kind:decision-definition|decision-requirements-definition}/count");
        engine(cockpit, "GET", "/case-definition/count");
        engine(cockpit, "GET", "/batch");
        engine(cockpit, "GET", "/batch/count");
        engine(cockpit, "GET", "/batch/statistics");
        engine(cockpit, "GET", "/batch/statistics/count");
        engine(cockpit, "GET", "/batch/{id}", Target.BATCH);
        engine(cockpit, "GET POST", "/variable-instance");
        engine(cockpit, "GET POST", "/variable-instance/count");
        engine(cockpit, "GET", "/variable-instance/{id}", Target.VARIABLE_INSTANCE);
        engine(cockpit, "GET POST", "/external-task");
        engine(cockpit, "GET POST", "/external-task/count");
        engine(cockpit, "GET", "/external-task/{id}", Target.EXTERNAL_TASK);
        engine(cockpit, "GET", "/event-subscription");
        engine(cockpit, "GET", "/event-subscription/count");
        engine(cockpit, "GET", "/history/{kind:" + HISTORY + "}");
        engine(cockpit, "GET", "/history/{kind:" + HISTORY + "}/count");
        engine(cockpit, "GET", "/history/{kind:" + HISTORY + "}/{id}");
        engine(cockpit, "GET", "/history/{kind:process-definition|decision-requirements-definition}/{id}/statistics");
        engine(cockpit, "GET", "/history/process-instance/report");
        engine(cockpit, "GET", "/history/task/report");
        engine(cockpit, "POST", "/history/{kind:activity-instance|detail|external-task-log|job-log|process-instance"
                + "|variable-instance}");
        engine(cockpit, "POST", "/history/{kind:activity-instance|external-task-log|job-log|process-instance"
                + "|variable-instance}/count");
        engine(cockpit, "GET", "/authorization");
        engine(cockpit, "GET", "/authorization/count");
        engine(cockpit, "GET", "/authorization/check");
        engine(cockpit, "GET", "/user/count");
        engine(cockpit, "GET", "/group/count");
        engine(cockpit, "GET", "/tenant");
        engine(cockpit, "GET", "/tenant/count");
        engine(cockpit, "GET", "/version");
        pluginAssets(Api.COCKPIT, cockpit);
        plugin(cockpit, "GET", "/plugin/base/{engine}/process-definition/{query:statistics|statistics-count}",
                Target.NONE);
        plugin(cockpit, "GET POST", "/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
                Target.PROCESS_DEFINITION);
        plugin(cockpit, "POST", "/plugin/base/{engine}/{query:process-instance|incident}", Target.NONE);
        plugin(cockpit, "POST", "/plugin/base/{engine}/{query:process-instance|incident}/count", Target.NONE);
        plugin(cockpit, "GET POST", "/plugin/base/{engine}/process-instance/{id}/called-process-instances",
                Target.PROCESS_INSTANCE);

        Audience operator = Audience.OPERATOR;
        engine(operator, "OPTIONS", "/user");
        engine(operator, "GET OPTIONS", "/user/{id}");
        engine(operator, "OPTIONS", "/group");
        engine(operator, "GET OPTIONS", "/group/{id}");
        engine(operator, "OPTIONS", "/group/{id}/members");
        engine(operator, "OPTIONS", "/tenant");
        engine(operator, "GET OPTIONS", "/tenant/{id}");
        engine(operator, "OPTIONS", "/tenant/{id}/{members:user-members|group-members}");
        engine(operator, "OPTIONS", "/authorization");
        engine(operator, "GET OPTIONS", "/authorization/{id}");
        engine(operator, "GET", "/telemetry/{part:data|configuration}");
        engine(operator, "GET", "/metrics");
        engine(operator, "GET", "/metrics/{name}/sum");
        engine(operator, "GET", "/history/cleanup/{part:configuration|job|jobs}");
        engine(operator, "POST", "/job/{id}/execute", Target.JOB);
        engine(operator, "PUT", "/job/{id}/retries", Target.JOB);
        engine(operator, "POST", "/job/retries");
        engine(operator, "PUT", "/job-definition/{id}/retries", Target.JOB_DEFINITION);
        engine(operator, "POST", "/process-instance/job-retries");
        engine(operator, "POST", "/migration/{step:generate|validate|execute|executeAsync}");
        pluginAssets(Api.ADMIN, operator);
        RULES.add(new Rule(Api.ADMIN, operator, "GET", "/plugin/adminPlugins/{engine}/metrics/**", Target.NONE));

        RULES.add(new Rule(Api.ADMIN, Audience.LOGGED_IN, "GET", "/auth/user/{engine}", Target.NONE));
        RULES.add(new Rule(Api.ADMIN, Audience.LOGGED_IN, "POST", "/auth/user/{engine}/logout", Target.NONE));
        pluginAssets(Api.WELCOME, Audience.LOGGED_IN);
    }

    private EngineApiAllowList() {
    }

    /** Every rule, in the order of the document (docs/permissions.md shows them). */
    public static List<Rule> rules() {
        return List.copyOf(RULES);
    }

    /**
     * The rule that lets one of these roles send this request, if any; of several, the most specific, so that
     * {@code /task/count} is not taken for a task with the id "count".
     */
    public static Optional<Rule> allowing(Set<Role> roles, Api api, String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream().filter(r -> r.matches(api, method, container))
                .filter(r -> r.audience().roles().stream().anyMatch(roles::contains))
                .min(Comparator.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    private static void engine(Audience audience, String methods, String path) {
        engine(audience, methods, path, Target.NONE);
    }

    private static void engine(Audience audience, String methods, String path, Target target) {
        RULES.add(new Rule(Api.ENGINE, audience, methods, path, target));
    }

    /** The scripts and styles of a webapp's plugins. */
    private static void pluginAssets(Api api, Audience audience) {
        RULES.add(new Rule(api, audience, "GET", "/plugin/{plugin}/static/**", Target.NONE));
    }

    /** A query of Cockpit's own API (its plugin "base"). */
    private static void plugin(Audience audience, String methods, String path, Target target) {
        RULES.add(new Rule(Api.COCKPIT, audience, methods, path, target));
    }
}
