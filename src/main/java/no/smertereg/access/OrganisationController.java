package no.smertereg.access;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.shared.NotFoundException;

@RestController
@Tag(name = "Organisasjon / organisation")
class OrganisationController {

    record UnitView(String reshId, String name, String shortName, List<Item> departments, List<Item> locations) {
    }

    record Item(Long id, String name, String shortName) {
    }

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Operation(summary = "A hospital unit with its departments and locations (ids for new courses)")
    @GetMapping("/api/units/{reshId}")
    UnitView unit(@PathVariable String reshId) {
        OrgUnit unit = organisation.unit(reshId).orElseThrow(() -> new NotFoundException("error.unit.notFound", reshId));
        return new UnitView(unit.getReshId(), unit.getName(), unit.getShortName(),
                organisation.departmentsOf(reshId).stream().map(d -> new Item(d.getId(), d.getName(), d.getShortName())).toList(),
                organisation.locationsOf(reshId).stream().map(l -> new Item(l.getId(), l.getName(), l.getShortName())).toList());
    }
}
