package no.smertereg.privacy;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import no.smertereg.forms.Registries;
import no.smertereg.shared.RegistryClock;

/**
 * R1: each registry's legal basis by date. Consent until its descriptor's {@code legalBasis.reservationFrom}, the
 * reservation right from that date on (ADR 0005); {@code registry.legal-basis.reservation-from}, when set, moves
 * that date for every registry that has one. A registry whose descriptor names no such date is consent-based for
 * good (NNRR, N1). A course keeps the basis it was registered under.
 */
@Service
public class LegalBases {

    private final Optional<LocalDate> configured;
    private final Registries registries;
    private final RegistryClock clock;

    LegalBases(@Value("${registry.legal-basis.reservation-from:}") String configured, Registries registries,
            RegistryClock clock) {
        this.configured = configured.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(configured));
        this.registries = registries;
        this.clock = clock;
    }

    public LegalBasis basisOn(String registryId, LocalDate date) {
        return reservationFrom(registryId).filter(from -> !date.isBefore(from)).isPresent() ? LegalBasis.RESERVATION
                : LegalBasis.CONSENT;
    }

    /** The basis a course of this registry registered today gets. */
    public LegalBasis today(String registryId) {
        return basisOn(registryId, clock.today());
    }

    /** The date this registry's courses become reservation-based; empty for a consent-based registry. */
    public Optional<LocalDate> reservationFrom(String registryId) {
        Optional<LocalDate> own = Optional.ofNullable(registries.of(registryId).descriptor().legalBasis())
                .map(basis -> basis.reservationFrom());
        return own.isEmpty() ? own : configured.or(() -> own);
    }
}
