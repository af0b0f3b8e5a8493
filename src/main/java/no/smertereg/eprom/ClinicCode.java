package no.smertereg.eprom;

/**
 * A patient form opened for answering at the clinic (ADR 0016): the one-time code to hand the patient, shown to the
 * user once and kept only as its hash, and where the patient enters it.
 */
public record ClinicCode(String form, String code, String portalUrl) {
}
