package no.smertereg.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.ConflictException;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;

/**
 * The organisation tree kept by the system manager: hospital units (RESH id, name, HF, RHF), their departments and
 * locations. A new unit becomes a Camunda tenant per registry at once. Departments and locations are retired, never deleted, so
 * old courses keep them.
 */
@Service
@Transactional
class OrganisationAdmin {

    static final Set<String> REGIONS = Set.of("Helse Nord", "Helse Midt-Norge", "Helse Vest", "Helse Sør-Øst");

    record UnitData(String reshId, String name, String shortName, String healthTrust, String healthRegion) {
    }

    record PlaceData(String name, String shortName, Boolean active) {
    }

    private final OrgUnitRepository units;
    private final DepartmentRepository departments;
    private final LocationRepository locations;
    private final EngineTenants engineTenants;
    private final ApplicationEventPublisher events;

    OrganisationAdmin(OrgUnitRepository units, DepartmentRepository departments, LocationRepository locations,
            EngineTenants engineTenants, ApplicationEventPublisher events) {
        this.units = units;
        this.departments = departments;
        this.locations = locations;
        this.engineTenants = engineTenants;
        this.events = events;
    }

    OrgUnit createUnit(UnitData data) {
        requireSystemManager();
        List<FieldProblem> problems = check(data);
        if (data.reshId() == null || !data.reshId().matches("\\d{1,10}")) {
            problems.add(0, new FieldProblem("reshId", "error.org.resh", List.of()));
        }
        reject(problems);
        if (units.existsById(data.reshId())) {
            throw new ConflictException("error.org.reshTaken", data.reshId());
        }
        OrgUnit unit = units.save(new OrgUnit(data.reshId(), data.name().strip(), data.shortName().strip(),
                data.healthTrust().strip(), data.healthRegion(), false));
        engineTenants.ensure(unit);
        events.publishEvent(new UnitCreated(unit.getReshId()));
        return unit;
    }

    OrgUnit updateUnit(String reshId, UnitData data) {
        requireSystemManager();
        OrgUnit unit = unit(reshId);
        reject(check(data));
        unit.describe(data.name().strip(), data.shortName().strip(), data.healthTrust().strip(), data.healthRegion());
        return unit;
    }

    Department addDepartment(String reshId, PlaceData data) {
        requireSystemManager();
        unit(reshId);
        reject(checkPlace(data));
        if (departments.findByUnitReshAndShortName(reshId, data.shortName().strip()).isPresent()) {
            throw new ConflictException("error.org.shortNameTaken", data.shortName());
        }
        return departments.save(new Department(reshId, data.name().strip(), data.shortName().strip()));
    }

    Department updateDepartment(String reshId, Long id, PlaceData data) {
        requireSystemManager();
        Department department = departments.findById(id).filter(d -> d.getUnitResh().equals(reshId))
                .orElseThrow(() -> new NotFoundException("error.org.placeNotFound", id));
        reject(checkPlace(data));
        department.describe(data.name().strip(), data.shortName().strip(), data.active() == null || data.active());
        return department;
    }

    Location addLocation(String reshId, PlaceData data) {
        requireSystemManager();
        unit(reshId);
        reject(checkPlace(data));
        if (locations.findByUnitReshAndShortName(reshId, data.shortName().strip()).isPresent()) {
            throw new ConflictException("error.org.shortNameTaken", data.shortName());
        }
        return locations.save(new Location(reshId, data.name().strip(), data.shortName().strip()));
    }

    Location updateLocation(String reshId, Long id, PlaceData data) {
        requireSystemManager();
        Location location = locations.findById(id).filter(l -> l.getUnitResh().equals(reshId))
                .orElseThrow(() -> new NotFoundException("error.org.placeNotFound", id));
        reject(checkPlace(data));
        location.describe(data.name().strip(), data.shortName().strip(), data.active() == null || data.active());
        return location;
    }

    private OrgUnit unit(String reshId) {
        return units.findById(reshId).orElseThrow(() -> new NotFoundException("error.unit.notFound", reshId));
    }

    private static void requireSystemManager() {
        if (!CurrentUser.get().hasRoleAnywhere(Role.SYSTEM_MANAGER)) {
            throw new ForbiddenException("error.org.systemManagerOnly");
        }
    }

    private static List<FieldProblem> check(UnitData data) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", data.name(), 200);
        text(problems, "shortName", data.shortName(), 60);
        text(problems, "healthTrust", data.healthTrust(), 200);
        if (data.healthRegion() == null || !REGIONS.contains(data.healthRegion())) {
            problems.add(new FieldProblem("healthRegion", "error.org.region", List.of()));
        }
        return problems;
    }

    private static List<FieldProblem> checkPlace(PlaceData data) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", data.name(), 200);
        text(problems, "shortName", data.shortName(), 60);
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(new FieldProblem(field, "error.org.text", List.of(max)));
        }
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
