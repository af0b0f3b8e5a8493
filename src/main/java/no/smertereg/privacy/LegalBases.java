package no.smertereg.privacy;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

/**
 * R1: the registry's legal basis by date. Consent until the descriptor's {@code legalBasis.reservationFrom} (or
 * {@code registry.legal-basis.reservation-from} when set), the reservation right from that date on (ADR 0005). A
 * course keeps the basis it was registered under.
 */
@Service
public class LegalBases {

    private final LocalDate reservationFrom;
    private final RegistryClock clock;

    LegalBases(@Value("${registry.legal-basis.reservation-from:}") String configured,
            RegistryDefinitions definitions, RegistryClock clock) {
        this.reservationFrom = configured.isBlank() ? definitions.descriptor().legalBasis().reservationFrom()
                : LocalDate.parse(configured);
        this.clock = clock;
    }

    public LegalBasis basisOn(LocalDate date) {
        return date.isBefore(reservationFrom) ? LegalBasis.CONSENT : LegalBasis.RESERVATION;
    }

    /** The basis a course registered today gets. */
    public LegalBasis today() {
        return basisOn(clock.today());
    }

    public LocalDate reservationFrom() {
        return reservationFrom;
    }
}
