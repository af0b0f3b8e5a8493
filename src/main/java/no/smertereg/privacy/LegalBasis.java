package no.smertereg.privacy;

/**
 * R1: what lets a course's data into the national registry. CONSENT: the patient's written consent in TO
 * (SkriftligSamtyk); RESERVATION: every included patient unless they have reserved themselves (opt-out).
 */
public enum LegalBasis {
    CONSENT,
    RESERVATION
}
