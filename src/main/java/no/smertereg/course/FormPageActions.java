package no.smertereg.course;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseApi.CommentRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.course.CourseApi.FormView;
import no.smertereg.course.CourseApi.UnlockRequest;
import no.smertereg.forms.FormKey;
import no.smertereg.shared.FieldProblem;

/**
 * What a form page's buttons do, each in one transaction, so that no button loses what the clinician typed: the
 * page sends the answers and the internal comment together, and every button stores both. Save, Next and "Lagre
 * kommentar" store the typed answers as a draft (every valid one) and the comment if it changed; Finalise and the
 * unlock store the comment with their own change, or nothing when they are refused.
 */
@Service
@Transactional
class FormPageActions {

    private final CourseFormsService forms;

    FormPageActions(CourseFormsService forms) {
        this.forms = forms;
    }

    /**
     * The answers as a draft when the form is open for work ({@code answers} null: a finalised form, whose page
     * sends none), then the comment when it differs from the one the form has.
     */
    Saved save(Long courseId, FormKey key, long version, Map<String, Object> answers, String comment,
            FormView current) {
        FormView view = current;
        List<FieldProblem> notSaved = List.of();
        long now = version;
        if (answers != null) {
            CourseFormsService.PageDraft draft = forms.saveDraftKeepingValid(courseId, key,
                    new FormAnswersRequest(version, answers));
            view = draft.view();
            notSaved = draft.notSaved();
            now = view.version();
        }
        if (changed(comment, current)) {
            view = forms.comment(courseId, key, new CommentRequest(now, comment.strip()));
        }
        return new Saved(view, notSaved);
    }

    /** Finalises the answers, then stores the comment if it changed; a refusal stores neither. */
    FormView finalise(Long courseId, FormKey key, FormAnswersRequest request, String comment, FormView current) {
        FormView finalised = forms.finalise(courseId, key, request);
        return changed(comment, current)
                ? forms.comment(courseId, key, new CommentRequest(finalised.version(), comment.strip()))
                : finalised;
    }

    /** Unlocks with the reason, then stores the comment if it changed; a refusal stores neither. */
    FormView unlock(Long courseId, FormKey key, UnlockRequest request, String comment, FormView current) {
        FormView unlocked = forms.unlock(courseId, key, request);
        return changed(comment, current)
                ? forms.comment(courseId, key, new CommentRequest(unlocked.version(), comment.strip()))
                : unlocked;
    }

    /** A page that sent no comment field leaves the comment alone; a blank one clears it. */
    private static boolean changed(String comment, FormView current) {
        if (comment == null) {
            return false;
        }
        String stored = current.internalComment() == null ? "" : current.internalComment();
        return !comment.strip().equals(stored.strip());
    }

    /** The form after the save, and the fields whose typed answer was not saved, with why. */
    record Saved(FormView view, List<FieldProblem> notSaved) {
    }
}
