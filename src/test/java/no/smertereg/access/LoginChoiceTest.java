package no.smertereg.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** ADR 0013, step 5: what a login may choose from a user's roles, and what each choice gives the session. */
class LoginChoiceTest {

    private static final Set<UnitRole> ROLES = Set.of(new UnitRole("smertereg", "100082", Role.LU),
            new UnitRole("nnrr", "100082", Role.LC), new UnitRole("nnrr", "100082", Role.USER_ADMIN),
            new UnitRole("smertereg", "100089", Role.LU), new UnitRole(null, "100082", Role.SYSTEM_MANAGER),
            new UnitRole("smertereg", "0", Role.SYSTEM_MANAGER));

    @Test
    void aChoiceIsAUnitInARegistry_thePlatformsRoleComesWithEveryChoiceOfItsUnit() {
        Map<LoginChoice, List<Role>> choices = LoginChoice.of(ROLES);

        assertThat(choices.keySet()).extracting(LoginChoice::value)
                .containsExactly("platform:0", "nnrr:100082", "smertereg:100082", "smertereg:100089");
        assertThat(choices.get(new LoginChoice("nnrr", "100082")))
                .containsExactly(Role.LC, Role.USER_ADMIN, Role.SYSTEM_MANAGER);
        assertThat(choices.get(new LoginChoice("smertereg", "100082"))).containsExactly(Role.LU, Role.SYSTEM_MANAGER);
        assertThat(choices.get(new LoginChoice("platform", "0"))).as("the system manager's role is held in no registry")
                .containsExactly(Role.SYSTEM_MANAGER);
    }

    @Test
    void aSessionsRolesAreThoseOfItsChoice_itsRegistryIsTheChoicesRegistry() {
        Set<UnitRole> nnrr = new LoginChoice("nnrr", "100082").rolesFrom(ROLES);

        RegistryUser user = RegistryUser.of("kari", nnrr);
        assertThat(user.registryId()).isEqualTo("nnrr");
        assertThat(user.hasRole("100082", Role.LU)).as("SmerteReg's LU is not in the NNRR session").isFalse();
        assertThat(user.hasRole("100082", Role.LC)).isTrue();
        assertThat(RegistryUser.of("admin", new LoginChoice("platform", "0").rolesFrom(ROLES)).registryId())
                .isEqualTo("platform");
    }

    @Test
    void theFormsValueNamesTheChoice_aBareUnitOnlyWhereItIsInOneRegistry() {
        Set<LoginChoice> choices = LoginChoice.of(ROLES).keySet();

        assertThat(LoginChoice.parse("nnrr:100082", choices)).contains(new LoginChoice("nnrr", "100082"));
        assertThat(LoginChoice.parse("100089", choices)).contains(new LoginChoice("smertereg", "100089"));
        assertThat(LoginChoice.parse("100082", choices)).as("two registries in the unit").isEmpty();
        assertThat(LoginChoice.parse("opr:100082", choices)).isEmpty();
        assertThat(LoginChoice.parse("nnrr:100089", choices)).isEmpty();
        assertThat(LoginChoice.parse("", choices)).isEmpty();
    }
}
