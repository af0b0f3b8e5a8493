package no.smertereg.patients;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;

/** Finds patients by identity number, in the registry or in the population registry, and gives each a PID. */
@Service
@Transactional
public class PatientService {

    private final PatientRepository patients;
    private final PopulationRegistry populationRegistry;
    private final NationalIds nationalIds;
    private final RegistryClock clock;

    PatientService(PatientRepository patients, PopulationRegistry populationRegistry, NationalIds nationalIds,
            RegistryClock clock) {
        this.patients = patients;
        this.populationRegistry = populationRegistry;
        this.nationalIds = nationalIds;
        this.clock = clock;
    }

    /** The registry's patient, kept current from the population registry; or the population registry's person. */
    public PersonView lookup(String rawNationalId) {
        String nationalId = nationalIds.validate(rawNationalId);
        Optional<PersonRecord> person = populationRegistry.lookup(nationalId);
        Optional<Patient> patient = patients.findByNationalId(nationalId);
        if (patient.isPresent()) {
            person.ifPresent(p -> patient.get().refresh(p, clock.now()));
            return PersonView.of(patient.get());
        }
        return person.map(PersonView::of)
                .orElseThrow(() -> new NotFoundException("error.patient.notInPopulationRegistry"));
    }

    /** The patient's PID, registering the person from the population registry on first use. */
    public Patient findOrRegister(String rawNationalId) {
        String nationalId = nationalIds.validate(rawNationalId);
        Optional<PersonRecord> person = populationRegistry.lookup(nationalId);
        Patient patient = patients.findByNationalId(nationalId).orElseGet(() -> patients.save(new Patient(
                person.orElseThrow(() -> new NotFoundException("error.patient.notInPopulationRegistry")),
                clock.now())));
        person.ifPresent(p -> patient.refresh(p, clock.now()));
        return patient;
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> byPid(Long pid) {
        return patients.findById(pid).map(PersonView::of);
    }

    @Transactional(readOnly = true)
    public List<PersonView> byPids(Collection<Long> pids) {
        return patients.findAllById(pids).stream().map(PersonView::of).toList();
    }
}
