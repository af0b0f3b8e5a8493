package no.smertereg.patients;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode only: identity numbers of the synthetic population, for the demo data of other modules. */
@Service
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
public class DemoPersons {

    private final SyntheticPersonRepository persons;

    DemoPersons(SyntheticPersonRepository persons) {
        this.persons = persons;
    }

    /**
     * The last living synthetic persons by identity number (testers pick from the first ones on the demo page; a
     * dead patient is sent no patient forms).
     */
    @Transactional(readOnly = true)
    public List<String> nationalIds(int count) {
        return persons.findByDeceasedFalse(PageRequest.of(0, count, Sort.by(Sort.Direction.DESC, "nationalId")))
                .map(p -> p.toRecord().nationalId()).getContent();
    }
}
