package no.smertereg.eprom;

import java.time.Instant;

/**
 * P5: a patient form of a course as the worklist shows it. NOT_POSSIBLE: no consent yet; AVAILABLE: not ordered
 * yet (Eval and Opioid wait for B2.2); PLANNED: waiting for its send time; SENT and REMINDED: waiting for the
 * answer; NO_CONTACT: due, but the patient has neither phone nor e-mail (paper entry or manual dispatch once PO
 * holds one; after six days NOT_SENT_NO_CONTACT, locked as never sent with reason 8); SEND_FAILED: the send's
 * retries are used up (an incident; manual dispatch tries again); COMPLETED, LOCKED_UNANSWERED (reason 7),
 * NOT_SENT_NO_CONTACT (reason 8) or CLOSED: done, with the reason code where there is one.
 */
public record PatientFormStatus(PatientFormType form, String state, Integer reasonCode, Instant plannedSendAt,
        Instant sentAt, Instant nextStepAt) {
}
