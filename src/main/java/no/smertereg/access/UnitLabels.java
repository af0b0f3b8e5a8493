package no.smertereg.access;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital unit as people know it, for the pages ({@code ${@unitLabels.name(resh)}}): its name instead of its RESH
 * id; the id itself only for a unit the registry does not know (a unit removed since an audit row was written).
 */
@Component("unitLabels")
@Transactional(readOnly = true)
public class UnitLabels {

    private final OrgUnitRepository units;

    UnitLabels(OrgUnitRepository units) {
        this.units = units;
    }

    public String name(String resh) {
        return resh == null ? "" : units.findById(resh).map(OrgUnit::getName).orElse(resh);
    }

    /** The short name for tight places (the header's bar), the name when it has none. */
    public String shortName(String resh) {
        return resh == null ? "" : units.findById(resh)
                .map(u -> u.getShortName() == null || u.getShortName().isBlank() ? u.getName() : u.getShortName())
                .orElse(resh);
    }

    /** The units the user holds roles in, by RESH id in a stable order. */
    public List<String> unitsOf(RegistryUser user) {
        Set<String> resh = new TreeSet<>();
        user.unitRoles().forEach(r -> resh.add(r.unitResh()));
        return List.copyOf(resh);
    }

    /** The user's roles in one unit, in the order of {@link Role}: LU, LC, SC, user administrator, ... */
    public List<Role> rolesIn(RegistryUser user, String resh) {
        return user.unitRoles().stream().filter(r -> r.unitResh().equals(resh)).map(UnitRole::role).sorted()
                .distinct().toList();
    }
}
