package no.smertereg.course;

import no.smertereg.forms.FormKey;

/**
 * Published in the transaction that finalises a clinician form (first time or after a correction), with what TO
 * has decided so far. Other modules react to it; the course module does not know them.
 */
public record FormFinalised(Long courseId, FormKey formKey, boolean correction, Integer courseType, boolean consent) {
}
