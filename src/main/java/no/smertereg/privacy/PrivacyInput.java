package no.smertereg.privacy;

import java.time.LocalDate;

import no.smertereg.patients.Patient;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;

/** The checks of a logged reservation or request: a known patient, a kind or channel, a plausible receipt date. */
final class PrivacyInput {

    private PrivacyInput() {
    }

    static void requireReceipt(Object kindOrChannel, String field, LocalDate receivedOn, LocalDate today) {
        if (kindOrChannel == null) {
            throw InvalidInputException.of(field, "error.privacy." + field + "Required");
        }
        ReceivedOn.require(receivedOn, today);
    }

    /**
     * For a reservation, by PID (digits up to 10) or identity number (11 digits): a person not yet in the registry is
     * registered, so that the opt-out holds for courses to come. Unknown or malformed: 400 on field {@code patient}.
     */
    static Patient patient(PatientService patients, String pidOrNationalId) {
        return lookUp(() -> patients.byPidOrNationalId(pidOrNationalId), pidOrNationalId);
    }

    /** For a patient-rights request: only a patient the registry holds; asking must not create a record. */
    static Patient registeredPatient(PatientService patients, String pidOrNationalId) {
        return lookUp(() -> patients.alreadyRegistered(pidOrNationalId), pidOrNationalId);
    }

    private static Patient lookUp(java.util.function.Supplier<Patient> find, String pidOrNationalId) {
        if (pidOrNationalId == null || pidOrNationalId.isBlank()) {
            throw InvalidInputException.of("patient", "error.privacy.patientRequired");
        }
        try {
            return find.get();
        } catch (NotFoundException | InvalidInputException e) {
            throw InvalidInputException.of("patient", "error.privacy.patientUnknown");
        }
    }
}
