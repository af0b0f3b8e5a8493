package no.smertereg.patients;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The default population-registry adapter: synthetic persons stored with the application. */
@Component
class SyntheticPopulationRegistry implements PopulationRegistry {

    private final SyntheticPersonRepository persons;

    SyntheticPopulationRegistry(SyntheticPersonRepository persons) {
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonRecord> lookup(String nationalId) {
        return persons.findById(nationalId).map(SyntheticPerson::toRecord);
    }
}
