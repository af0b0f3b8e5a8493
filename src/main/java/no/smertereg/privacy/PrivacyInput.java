package no.smertereg.privacy;

import java.time.LocalDate;

import no.smertereg.patients.Patient;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;

/** The checks of a logged reservation or request: a known patient, a kind or channel, a receipt date not ahead. */
final class PrivacyInput {

    private PrivacyInput() {
    }

    static void requireReceipt(Object kindOrChannel, String field, LocalDate receivedOn, LocalDate today) {
        if (kindOrChannel == null) {
            throw InvalidInputException.of(field, "error.privacy." + field + "Required");
        }
        if (receivedOn == null) {
            throw InvalidInputException.of("receivedOn", "error.privacy.receivedOnRequired");
        }
        if (receivedOn.isAfter(today)) {
            throw InvalidInputException.of("receivedOn", "error.privacy.receivedOnFuture");
        }
    }

    /** By PID (digits up to 10) or identity number (11 digits); unknown or malformed: 400 on field {@code patient}. */
    static Patient patient(PatientService patients, String pidOrNationalId) {
        if (pidOrNationalId == null || pidOrNationalId.isBlank()) {
            throw InvalidInputException.of("patient", "error.privacy.patientRequired");
        }
        try {
            return patients.byPidOrNationalId(pidOrNationalId);
        } catch (NotFoundException | InvalidInputException e) {
            throw InvalidInputException.of("patient", "error.privacy.patientUnknown");
        }
    }
}
