package no.smertereg.patients;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormValidator;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;

/** Finds patients by identity number, in the registry or in the population registry, and gives each a PID. */
@Service
@Transactional
public class PatientService {

    /** The patient's contact details (PO), a form of the platform's: every registry's courses share them. */
    public static final String PO_FORM = "personal-data";

    private final PatientRepository patients;
    private final PopulationRegistry populationRegistry;
    private final NationalIds nationalIds;
    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(RegistryClock.ZONE);

    private final RegistryClock clock;
    private final FormCatalogue catalogue;
    private final FormValidator validator;
    private final ApplicationEventPublisher events;
    private final PersonLists lists;

    PatientService(PatientRepository patients, PopulationRegistry populationRegistry, NationalIds nationalIds,
            RegistryClock clock, FormCatalogue catalogue, FormValidator validator, ApplicationEventPublisher events,
            PersonLists lists) {
        this.lists = lists;
        this.patients = patients;
        this.populationRegistry = populationRegistry;
        this.nationalIds = nationalIds;
        this.clock = clock;
        this.catalogue = catalogue;
        this.validator = validator;
        this.events = events;
    }

    /** The registry's patient, kept current from the population registry; or the population registry's person. */
    public PersonView lookup(String rawNationalId) {
        String nationalId = nationalIds.validate(rawNationalId);
        Optional<PersonRecord> person = populationRegistry.lookup(nationalId);
        Optional<Patient> patient = patients.findByNationalId(nationalId);
        if (patient.isPresent()) {
            person.ifPresent(p -> refresh(patient.get(), p));
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
        person.ifPresent(p -> refresh(patient, p));
        return patient;
    }

    @Transactional(readOnly = true)
    public PersonalData personalData(Long pid) {
        return PersonalData.of(patient(pid));
    }

    /**
     * S3: saves the contact details, checked against the PO form. Without phone and e-mail the clinician is warned
     * (400 naming acceptMissingContact) and may accept ("Godta") and go on. A save on an older version is refused
     * (409), naming who saved the contact details since, and when, if that was the change.
     */
    public PersonalData saveContact(Long pid, Long version, Map<String, ?> answers, boolean acceptMissingContact,
            String actor) {
        Patient patient = patient(pid);
        if (version != null && version < patient.getVersion() && patient.getContactChangedAt() != null) {
            throw ConflictException.onField("version", "error.po.changedBy", patient.getContactChangedBy(),
                    CHANGED_AT.format(patient.getContactChangedAt()), String.valueOf(patient.getVersion()),
                    String.valueOf(version));
        }
        ConflictException.requireVersion(patient.getVersion(), version);
        Map<String, Object> contact = validator.validate(catalogue.find(PO_FORM).orElseThrow(), answers, true);
        if (!contact.containsKey("Telefon") && !contact.containsKey("Epost") && !acceptMissingContact) {
            throw InvalidInputException.of("acceptMissingContact", "error.po.missingContact");
        }
        patient.contact((String) contact.get("Telefon"), (String) contact.get("Epost"),
                (String) contact.get("Varslingskanal"),
                contact.get("Adrtype") == null ? null : Integer.valueOf(contact.get("Adrtype").toString()), actor,
                clock.now());
        patients.saveAndFlush(patient);
        return PersonalData.of(patient);
    }

    /** S1: one patient brought in step with the population registry, in its own transaction. */
    public void refreshFromPopulationRegistry(Long pid) {
        patients.findById(pid).ifPresent(p -> populationRegistry.lookup(p.getNationalId())
                .ifPresent(person -> refresh(p, person)));
    }

    private void refresh(Patient patient, PersonRecord person) {
        if (patient.refresh(person, clock.now())) {
            events.publishEvent(new PatientDied(patient.getPid()));
        }
    }

    /**
     * R2: the patient's reservation against the national registry is registered (PVK_RESERVATION_STATUS 1);
     * {@link PatientReserved} tells courses and patient forms. A second registration changes nothing.
     */
    public void reserve(Long pid, java.time.LocalDate on) {
        Patient patient = patient(pid);
        if (patient.reserve(on)) {
            patients.saveAndFlush(patient);
            events.publishEvent(new PatientReserved(pid));
        }
    }

    /** The registry's patient; 404 when there is none with this PID. */
    @Transactional(readOnly = true)
    public Patient get(Long pid) {
        return patient(pid);
    }

    /** For the reports: the PIDs among these that are reserved (Reservasjonsstatus 1) now. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> reservedAmong(Collection<Long> pids) {
        return pids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(patients.reservedAmong(pids));
    }

    @Transactional(readOnly = true)
    public boolean isReserved(Long pid) {
        return patients.findById(pid).map(Patient::isReserved).orElse(false);
    }

    /** The registry's patient by PID or identity number, registering the person on first use (by number). */
    public Patient byPidOrNationalId(String pidOrNationalId) {
        String value = pidOrNationalId == null ? "" : pidOrNationalId.strip();
        if (value.matches("\\d{1,10}")) {
            return patient(Long.valueOf(value));
        }
        return findOrRegister(value);
    }

    /** A patient the registry already holds, by PID or identity number; nobody is registered by asking. */
    @Transactional(readOnly = true)
    public Patient alreadyRegistered(String pidOrNationalId) {
        String value = pidOrNationalId == null ? "" : pidOrNationalId.strip();
        if (value.matches("\\d{1,10}")) {
            return patient(Long.valueOf(value));
        }
        return patients.findByNationalId(nationalIds.validate(value))
                .orElseThrow(() -> new NotFoundException("error.patient.notFound", "?"));
    }

    @Transactional(readOnly = true)
    public List<Long> allPids() {
        return patients.findAll().stream().map(Patient::getPid).toList();
    }

    private Patient patient(Long pid) {
        return patients.findById(pid).orElseThrow(() -> new NotFoundException("error.patient.notFound", pid));
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> byPid(Long pid) {
        return patients.findById(pid).map(PersonView::of);
    }

    public List<PersonView> byPids(Collection<Long> pids) {
        return lists.byPids(pids);
    }
}
