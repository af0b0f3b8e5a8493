package no.smertereg.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.smertereg.access.DemoOrganisationLoader.DemoRegistry;
import no.smertereg.access.DemoOrganisationLoader.DemoUnit;
import no.smertereg.access.DemoOrganisationLoader.NationalUser;
import no.smertereg.shared.RegistryDirectory;

/** Each registry's demo organisation: made only for a registry the platform runs, its users' names its own. */
class DemoOrganisationLoaderTest {

    private static RegistryDirectory running(String... ids) {
        Map<String, String> names = new LinkedHashMap<>();
        Stream.of(ids).forEach(id -> names.put(id, id));
        return () -> names;
    }

    @Test
    void aRegistryGetsItsDemoOrganisationOnlyWhenThePlatformRunsIt() {
        assertThat(DemoOrganisationLoader.present(running("smertereg"))).extracting(DemoRegistry::id)
                .containsExactly("smertereg");
        assertThat(DemoOrganisationLoader.present(running("nnrr", "smertereg"))).extracting(DemoRegistry::id)
                .containsExactly("smertereg", "nnrr");
        assertThat(DemoOrganisationLoader.present(running("opr"))).extracting(DemoRegistry::id).containsExactly("opr");
        assertThat(DemoOrganisationLoader.present(running("ous"))).isEmpty();
    }

    @Test
    void smerteRegKeepsItsUnitsAndNationalUsers_nnrrHasItsClinicsAndItsSc() {
        Map<String, DemoRegistry> byId = new HashMap<>();
        DemoOrganisationLoader.REGISTRIES.forEach(r -> byId.put(r.id(), r));

        assertThat(byId.get("smertereg").units()).isSameAs(DemoOrganisationLoader.UNITS).hasSize(13);
        assertThat(byId.get("smertereg").national()).extracting(NationalUser::username, NationalUser::role)
                .containsExactly(tuple("sc", Role.SC), tuple("admin", Role.SYSTEM_MANAGER),
                        tuple("sekretariat", Role.SECRETARIAT));
        assertThat(byId.get("nnrr").units()).extracting(DemoUnit::resh).contains("100320").hasSize(3)
                .allMatch(resh -> resh.matches("\\d{6}"));
        assertThat(byId.get("nnrr").units()).allMatch(u -> u.login().equals(u.resh()), "users named by RESH");
        assertThat(byId.get("nnrr").national()).extracting(NationalUser::username, NationalUser::role)
                .containsExactly(tuple("sc.nnrr", Role.SC));
        assertThat(byId.get("opr").units()).extracting(DemoUnit::resh).containsExactly("4207789", "100133", "110301");
        assertThat(byId.get("opr").clerks()).as("the secretary books the first consultation").isTrue();
        assertThat(byId.get("opr").national()).extracting(NationalUser::username).containsExactly("sc.opr",
                "fagrad.opr");
    }

    @Test
    void aDemoUsersNameIsUniqueAcrossRegistries() {
        List<String> names = new ArrayList<>();
        for (DemoRegistry registry : DemoOrganisationLoader.REGISTRIES) {
            registry.units().forEach(u -> Stream.of("lu.", "lc.", "rapport.").forEach(p -> names.add(p + u.login())));
            registry.national().forEach(u -> names.add(u.username()));
        }
        assertThat(names).doesNotHaveDuplicates();
    }

    /** A unit is the platform's: where two registries' lists name a RESH, they describe the same unit. */
    @Test
    void aReshInTwoRegistriesListsIsOneUnit_otherwiseNoRegistrysUnitTakesAnothersResh() {
        Map<String, DemoUnit> byResh = new HashMap<>();
        for (DemoRegistry registry : DemoOrganisationLoader.REGISTRIES) {
            for (DemoUnit unit : registry.units()) {
                DemoUnit other = byResh.putIfAbsent(unit.resh(), unit);
                if (other != null) {
                    assertThat(List.of(unit.name(), unit.shortName(), unit.healthTrust(), unit.region()))
                            .as("unit %s", unit.resh())
                            .isEqualTo(List.of(other.name(), other.shortName(), other.healthTrust(), other.region()));
                }
            }
        }
        assertThat(byResh).doesNotContainKey(DemoOrganisationLoader.NATIONAL_RESH);
    }
}
