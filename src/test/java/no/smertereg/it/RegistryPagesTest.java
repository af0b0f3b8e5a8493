package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.smertereg.access.RegistryPage;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.access.UserPages;

/**
 * The header and the start page offer each role exactly the pages the permission matrix of docs/permissions.md lets
 * it open (the matrix {@link PermissionMatrixIT} holds the application to): no link that answers 403, no page of its
 * work left out.
 */
class RegistryPagesTest {

    /** The matrix's users of unit A and their roles, as the demo gives them. */
    private static final Map<String, Set<Role>> COLUMNS = Map.of("LU A", Set.of(Role.LU),
            "LC A", Set.of(Role.LC, Role.USER_ADMIN), "SC", Set.of(Role.SC),
            "system manager", Set.of(Role.SYSTEM_MANAGER), "secretariat", Set.of(Role.SECRETARIAT),
            "report reader A", Set.of(Role.REPORT_READER));

    @Test
    void everyRoleIsOfferedExactlyThePagesTheMatrixLetsItOpen() {
        PermissionMatrix matrix = PermissionMatrix.read("endpoints");
        for (Map.Entry<String, Set<Role>> column : COLUMNS.entrySet()) {
            int index = matrix.columns().indexOf(column.getKey());
            RegistryUser user = RegistryUser.of("x", column.getValue().stream()
                    .map(r -> new UnitRole("smertereg", "100082", r)).collect(Collectors.toSet()));
            Set<RegistryPage> offered = Set.copyOf(new UserPages().all(user));
            for (RegistryPage page : RegistryPage.values()) {
                String request = "GET " + (page.path().startsWith("/camunda/app/") ? page.path() + "default/"
                        : page.path());
                PermissionMatrix.Row row = matrix.rows().stream().filter(r -> r.request().equals(request)).findFirst()
                        .orElseThrow(() -> new AssertionError(request + " is not a row of docs/permissions.md"));
                assertThat(offered.contains(page)).as(column.getKey() + " offered " + request)
                        .isEqualTo(row.expected(index).equals("ok"));
            }
        }
        assertThat(Arrays.stream(RegistryPage.values()).map(RegistryPage::key).distinct()).hasSize(
                RegistryPage.values().length);
    }
}
