package no.smertereg.patients;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Demo mode only: synthetic persons a tester can register. The endpoint does not exist outside demo mode. */
@RestController
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
@Tag(name = "Demo: syntetisk folkeregister / synthetic population")
class SyntheticPopulationController {

    private final SyntheticPersonRepository persons;

    SyntheticPopulationController(SyntheticPersonRepository persons) {
        this.persons = persons;
    }

    @Operation(summary = "Demo mode only: synthetic persons (synthetic identity numbers) to register")
    @GetMapping("/api/demo/synthetic-persons")
    List<PersonRecord> persons(@RequestParam(defaultValue = "10") int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return persons.findAll(PageRequest.of(0, size, Sort.by("nationalId"))).map(SyntheticPerson::toRecord)
                .getContent();
    }
}
