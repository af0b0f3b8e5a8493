package no.smertereg.access;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.shared.NotFoundException;

@RestController
@Tag(name = "Organisasjon / organisation")
class OrganisationController {

    record UnitView(String reshId, String name, String shortName, List<Item> departments, List<Item> locations) {
    }

    record Item(Long id, String name, String shortName, boolean active) {
    }

    private final OrganisationService organisation;
    private final OrganisationAdmin admin;

    OrganisationController(OrganisationService organisation, OrganisationAdmin admin) {
        this.organisation = organisation;
        this.admin = admin;
    }

    record UnitSummary(String reshId, String name, String shortName, String healthTrust, String healthRegion) {
    }

    @Operation(summary = "Every hospital unit with its HF and RHF")
    @GetMapping("/api/units")
    List<UnitSummary> units() {
        return organisation.allUnits().stream().filter(u -> !u.isNational()).map(OrganisationController::summary)
                .toList();
    }

    @Operation(summary = "System manager: add a hospital unit (RESH id, names, HF, RHF); it becomes a tenant")
    @PostMapping("/api/units")
    ResponseEntity<UnitSummary> createUnit(@RequestBody OrganisationAdmin.UnitData data) {
        return ResponseEntity.status(HttpStatus.CREATED).body(summary(admin.createUnit(data)));
    }

    @Operation(summary = "System manager: rename a unit or move it to another HF or RHF (the RESH id stays)")
    @PutMapping("/api/units/{reshId}")
    UnitSummary updateUnit(@PathVariable String reshId, @RequestBody OrganisationAdmin.UnitData data) {
        return summary(admin.updateUnit(reshId, data));
    }

    @Operation(summary = "System manager: add a department to a unit")
    @PostMapping("/api/units/{reshId}/departments")
    ResponseEntity<Item> addDepartment(@PathVariable String reshId, @RequestBody OrganisationAdmin.PlaceData data) {
        return ResponseEntity.status(HttpStatus.CREATED).body(item(admin.addDepartment(reshId, data)));
    }

    @Operation(summary = "System manager: rename or retire a department (active=false)")
    @PutMapping("/api/units/{reshId}/departments/{id}")
    Item updateDepartment(@PathVariable String reshId, @PathVariable Long id,
            @RequestBody OrganisationAdmin.PlaceData data) {
        return item(admin.updateDepartment(reshId, id, data));
    }

    @Operation(summary = "System manager: add a location to a unit")
    @PostMapping("/api/units/{reshId}/locations")
    ResponseEntity<Item> addLocation(@PathVariable String reshId, @RequestBody OrganisationAdmin.PlaceData data) {
        return ResponseEntity.status(HttpStatus.CREATED).body(item(admin.addLocation(reshId, data)));
    }

    @Operation(summary = "System manager: rename or retire a location (active=false)")
    @PutMapping("/api/units/{reshId}/locations/{id}")
    Item updateLocation(@PathVariable String reshId, @PathVariable Long id,
            @RequestBody OrganisationAdmin.PlaceData data) {
        return item(admin.updateLocation(reshId, id, data));
    }

    private static Item item(Department d) {
        return new Item(d.getId(), d.getName(), d.getShortName(), d.isActive());
    }

    private static Item item(Location l) {
        return new Item(l.getId(), l.getName(), l.getShortName(), l.isActive());
    }

    private static UnitSummary summary(OrgUnit u) {
        return new UnitSummary(u.getReshId(), u.getName(), u.getShortName(), u.getHealthTrust(), u.getHealthRegion());
    }

    @Operation(summary = "A hospital unit with its departments and locations (ids for new courses)")
    @GetMapping("/api/units/{reshId}")
    UnitView unit(@PathVariable String reshId) {
        OrgUnit unit = organisation.unit(reshId).orElseThrow(() -> new NotFoundException("error.unit.notFound", reshId));
        return new UnitView(unit.getReshId(), unit.getName(), unit.getShortName(),
                organisation.departmentsOf(reshId).stream().map(OrganisationController::item).toList(),
                organisation.locationsOf(reshId).stream().map(OrganisationController::item).toList());
    }
}
