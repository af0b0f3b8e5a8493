package no.smertereg.access;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to hospital units, departments and locations for the other modules. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrgUnitRepository units;
    private final DepartmentRepository departments;
    private final LocationRepository locations;

    OrganisationService(OrgUnitRepository units, DepartmentRepository departments, LocationRepository locations) {
        this.units = units;
        this.departments = departments;
        this.locations = locations;
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
