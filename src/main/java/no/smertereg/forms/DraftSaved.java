package no.smertereg.forms;

import java.util.List;

import no.smertereg.shared.FieldProblem;

/** A draft saved from a page: the form as stored, and the fields whose typed answer was not saved, with why. */
public record DraftSaved(FormRecord form, List<FieldProblem> notSaved) {
}
