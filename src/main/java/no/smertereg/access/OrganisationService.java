package no.smertereg.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to hospital units, departments and locations for the other modules. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    /** The names of units, and of their departments and locations by id. */
    public record Names(Map<String, String> units, Map<Long, String> departments, Map<Long, String> locations) {
    }

    private final OrgUnitRepository units;
    private final DepartmentRepository departments;
    private final LocationRepository locations;
    private final NamedParameterJdbcTemplate jdbc;

    OrganisationService(OrgUnitRepository units, DepartmentRepository departments, LocationRepository locations,
            NamedParameterJdbcTemplate jdbc) {
        this.units = units;
        this.departments = departments;
        this.locations = locations;
        this.jdbc = jdbc;
    }

    /** The units' names and those of all their departments and locations, in one round trip (a list's page). */
    public Names namesOf(Collection<String> unitResh) {
        Names names = new Names(new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (unitResh.isEmpty()) {
            return names;
        }
        jdbc.query("select 'U', resh_id, name from org_unit where resh_id in (:units) "
                + "union all select 'D', cast(id as varchar(20)), name from department where unit_resh in (:units) "
                + "union all select 'L', cast(id as varchar(20)), name from location where unit_resh in (:units)",
                Map.of("units", List.copyOf(unitResh)), row -> {
                    switch (row.getString(1)) {
                        case "U" -> names.units().put(row.getString(2), row.getString(3));
                        case "D" -> names.departments().put(Long.valueOf(row.getString(2)), row.getString(3));
                        default -> names.locations().put(Long.valueOf(row.getString(2)), row.getString(3));
                    }
                });
        return names;
    }

    public Optional<OrgUnit> unit(String reshId) {
        return units.findById(reshId);
    }

    public List<OrgUnit> allUnits() {
        return units.findAll();
    }

    public Optional<Department> department(Long id) {
        return id == null ? Optional.empty() : departments.findById(id);
    }

    public Optional<Location> location(Long id) {
        return id == null ? Optional.empty() : locations.findById(id);
    }

    public List<Department> departmentsOf(String unitResh) {
        return departments.findByUnitReshOrderByName(unitResh);
    }

    public List<Location> locationsOf(String unitResh) {
        return locations.findByUnitReshOrderByName(unitResh);
    }
}
