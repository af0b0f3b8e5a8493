package no.smertereg.access.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.smertereg.access.Role;
import no.smertereg.access.engineapi.EngineApiAllowList.Api;
import no.smertereg.access.engineapi.EngineApiAllowList.Rule;

/**
 * The allow-list as docs/permissions.md shows it (the table is the list, row for row), and what it means for the
 * requests the engine's API is attacked with.
 */
class EngineApiAllowListTest {

    @Test
    void docsPermissionsShowsTheAllowListRowForRow() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/permissions.md"));
        int start = lines.indexOf("<!-- engine-api:start -->");
        int end = lines.indexOf("<!-- engine-api:end -->");
        assertThat(start).as("docs/permissions.md has the engine-api table").isPositive();
        List<String> documented = lines.subList(start + 1, end).stream().filter(l -> l.startsWith("| `")).toList();
        List<String> actual = EngineApiAllowList.rules().stream().map(EngineApiAllowListTest::row).toList();
        assertThat(documented).as("paste these rows into docs/permissions.md:\n" + String.join("\n", actual))
                .containsExactlyElementsOf(actual);
    }

    @Test
    void jobExecutionHistoryCleanupDeploymentsAndUserChangesAreNobodysButTheOperatorsOrNobodys() {
        Set<Role> everyoneButTheOperator = Set.of(Role.LU, Role.LC, Role.SC, Role.USER_ADMIN, Role.SECRETARIAT,
                Role.REPORT_READER);
        assertThat(EngineApiAllowList.allowing(everyoneButTheOperator, Api.ENGINE, "POST", "/job/abc/execute"))
                .isEmpty();
        assertThat(EngineApiAllowList.allowing(Set.of(Role.SYSTEM_MANAGER), Api.ENGINE, "POST", "/job/abc/execute"))
                .isPresent();
        for (Set<Role> roles : List.of(everyoneButTheOperator, Set.of(Role.SYSTEM_MANAGER))) {
            assertThat(EngineApiAllowList.allowing(roles, Api.ENGINE, "POST", "/history/cleanup")).isEmpty();
            assertThat(EngineApiAllowList.allowing(roles, Api.ENGINE, "POST", "/deployment/create")).isEmpty();
            assertThat(EngineApiAllowList.allowing(roles, Api.ENGINE, "PUT", "/user/lu.haukeland/profile")).isEmpty();
            assertThat(EngineApiAllowList.allowing(roles, Api.ENGINE, "DELETE", "/task/abc")).isEmpty();
            assertThat(EngineApiAllowList.allowing(roles, Api.ENGINE, "POST", "/condition")).isEmpty();
            assertThat(EngineApiAllowList.allowing(roles, Api.ADMIN, "POST", "/setup/default/user/create")).isEmpty();
        }
        assertThat(EngineApiAllowList.allowing(Set.of(Role.LU), Api.ENGINE, "POST", "/task/abc/claim")).isPresent();
        assertThat(EngineApiAllowList.allowing(Set.of(Role.LU), Api.COCKPIT, "GET",
                "/plugin/base/default/process-definition/statistics")).isEmpty();
        assertThat(EngineApiAllowList.allowing(Set.of(Role.SECRETARIAT), Api.ENGINE, "GET", "/task")).isEmpty();
    }

    @Test
    void aNamedResourceIsNotTakenForAnObjectOfThatId() {
        assertThat(EngineApiAllowList.allowing(Set.of(Role.LC), Api.ENGINE, "GET", "/process-definition/statistics")
                .orElseThrow().target()).isEqualTo(EngineApiAllowList.Target.NONE);
        assertThat(EngineApiAllowList.allowing(Set.of(Role.LC), Api.ENGINE, "GET", "/job/count").orElseThrow()
                .target()).isEqualTo(EngineApiAllowList.Target.NONE);
        assertThat(EngineApiAllowList.allowing(Set.of(Role.LC), Api.ENGINE, "GET", "/job/abc").orElseThrow()
                .target()).isEqualTo(EngineApiAllowList.Target.JOB);
    }

    /** One row of the table: API, methods, path, the roles of its audience, the object checked first. */
    static String row(Rule rule) {
        String roles = rule.audience() == EngineApiAllowList.Audience.LOGGED_IN ? "every logged-in user"
                : rule.audience().roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new))
                        .stream().collect(Collectors.joining(", "));
        return "| `" + prefix(rule.api()) + rule.path() + "` | " + String.join(" ", new TreeSet<>(rule.methods()))
                + " | " + roles + " | " + (rule.target() == EngineApiAllowList.Target.NONE ? "–" :
                        rule.target().name().toLowerCase().replace('_', ' ')) + " |";
    }

    private static String prefix(Api api) {
        return switch (api) {
            case ENGINE -> "";
            case ADMIN -> "admin:";
            case COCKPIT -> "cockpit:";
            case TASKLIST -> "tasklist:";
            case WELCOME -> "welcome:";
        };
    }
}
