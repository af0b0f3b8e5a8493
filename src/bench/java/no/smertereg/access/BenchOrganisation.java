package no.smertereg.access;

import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark only (src/bench, profile {@code bench}): tops the demo organisation up to the number of hospital units
 * the benchmark needs, as the system manager would on the organisation page (one department each). It lives in
 * this package because {@link OrganisationAdmin} is package-private.
 */
public final class BenchOrganisation {

    private final OrganisationAdmin admin;
    private final OrganisationService organisation;

    public BenchOrganisation(ApplicationContext context) {
        this.admin = context.getBean(OrganisationAdmin.class);
        this.organisation = context.getBean(OrganisationService.class);
    }

    /** Hospital units with an active department, the demo units first, topped up with bench units to {@code count}. */
    public List<String> units(int count) {
        List<String> units = activeUnits();
        if (units.size() >= count) {
            return units.subList(0, count);
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                RegistryUser.of("bench-admin", Set.of(new UnitRole(null, "0", Role.SYSTEM_MANAGER))), null, List.of()));
        try {
            for (int n = 1; activeUnits().size() < count; n++) {
                String resh = String.valueOf(9_100_000 + n);
                if (organisation.unit(resh).isEmpty()) {
                    admin.createUnit(new OrganisationAdmin.UnitData(resh, "Benchmark smerteenhet " + n, "BENCH" + n,
                            "Benchmark HF", "Helse Vest"));
                    admin.addDepartment(resh, new OrganisationAdmin.PlaceData("Smerteklinikk", "SMK", true));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return activeUnits().subList(0, count);
    }

    /** The first active department of a unit. */
    public long department(String unitResh) {
        return organisation.departmentsOf(unitResh).stream().filter(Department::isActive).findFirst().orElseThrow()
                .getId();
    }

    private List<String> activeUnits() {
        return organisation.allUnits().stream().filter(u -> !u.isNational()).map(OrgUnit::getReshId)
                .filter(resh -> organisation.departmentsOf(resh).stream().anyMatch(Department::isActive)).sorted()
                .toList();
    }
}
