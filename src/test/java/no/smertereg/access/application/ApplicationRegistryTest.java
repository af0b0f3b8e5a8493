package no.smertereg.access.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.RegistryDirectory;

/** ADR 0013, step 5: an application asks for a role in one registry, and only that registry's approvers decide it. */
class ApplicationRegistryTest {

    @Test
    void theUnitsUserAdministratorInTheApplicationsRegistryDecides_notTheSameUnitsInAnother() {
        AccessApplication nnrr = application("nnrr", Project.SMERTEREG, false);

        assertThat(ApplicationService.mayDecide(user("nnrr", Role.USER_ADMIN), nnrr)).isTrue();
        assertThat(ApplicationService.mayDecide(user("smertereg", Role.USER_ADMIN), nnrr)).isFalse();
    }

    @Test
    void theReportPortalIsDecidedByTheRegistrysSc_itPersonnelByTheSystemManagerOfThePlatform() {
        AccessApplication report = application("nnrr", Project.REPORT_PORTAL, false);
        assertThat(ApplicationService.mayDecide(user("nnrr", Role.SC), report)).isTrue();
        assertThat(ApplicationService.mayDecide(user("smertereg", Role.SC), report)).isFalse();

        AccessApplication it = application("platform", Project.SMERTEREG, true);
        assertThat(ApplicationService.mayDecide(user(null, Role.SYSTEM_MANAGER), it)).isTrue();
        assertThat(it.grantedRole()).isEqualTo(Role.SYSTEM_MANAGER);
    }

    @Test
    void theRegistryMayBeLeftOutWhileThePlatformRunsOne_elseItIsRequiredAndMustExist() {
        RegistryDirectory one = () -> Map.of("smertereg", "SmerteReg");
        RegistryDirectory two = () -> Map.of("smertereg", "SmerteReg", "nnrr", "NNRR");
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(ApplicationValidation.registry(problems, request(null, false), one)).isEqualTo("smertereg");
        assertThat(ApplicationValidation.registry(problems, request(" nnrr ", false), two)).isEqualTo("nnrr");
        assertThat(ApplicationValidation.registry(problems, request(null, true), two))
                .as("IT personnel get the platform's role").isEqualTo("platform");
        assertThat(problems).isEmpty();

        assertThat(ApplicationValidation.registry(problems, request("", false), two)).isNull();
        assertThat(ApplicationValidation.registry(problems, request("opr", false), two)).isNull();
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageCode).containsExactly(
                tuple("registry", "error.field.required"), tuple("registry", "error.application.choice"));
    }

    private static ApplicationRequest request(String registry, boolean it) {
        return new ApplicationRequest("kari.nordmann", "Kari Nordmann", "+4791234567", "kari@helse-bergen.no",
                "LEGE", "HELSE_VEST", "100082", "Klinikk", "Avdeling", "SMERTEREG", it, registry);
    }

    private static RegistryUser user(String registry, Role role) {
        return RegistryUser.of("u", Set.of(new UnitRole(registry, "100082", role)));
    }

    private static AccessApplication application(String registry, Project project, boolean it) {
        return new AccessApplication(request(registry, it), new ApplicationValidation.Valid(Position.LEGE, HealthRegion.HELSE_VEST,
                project, registry), Instant.parse("2026-12-04T10:00:00Z"));
    }
}
