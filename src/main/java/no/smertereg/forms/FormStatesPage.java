package no.smertereg.forms;

import java.util.List;
import java.util.Set;

/** A page of courses' forms without their answers, and the courses among them with a form ever finalised (S11). */
public record FormStatesPage(List<FormRecord> forms, Set<Long> everFinalised) {
}
