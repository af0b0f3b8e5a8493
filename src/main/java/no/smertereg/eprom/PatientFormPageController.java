package no.smertereg.eprom;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.course.CourseDirectory;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.PageMessages;

/**
 * P11's gear menu for one course: each patient form's timeline (planned send, sent, next reminder or lock) and
 * the clinician's actions: stop one form's dispatch or every pending form's, answer all and finalise with a reason,
 * manual dispatch, paper entry. A missing or wrong reason is answered 400 with the page and the message at that
 * reason's field (nothing changed); a refusal of the state (409 in the API) comes back as a message on the page.
 */
@Controller
class PatientFormPageController {

    /** States after which nothing more happens to a form: "Stopp all utsending" leaves them as they are. */
    private static final Set<String> FINISHED = Set.of(PatientFormState.COMPLETED.name(),
            PatientFormState.CLOSED.name(), PatientFormState.LOCKED_UNANSWERED.name(),
            PatientFormState.NOT_SENT_NO_CONTACT.name());

    private final PatientFormTypes types;
    private final CourseDirectory courses;
    private final PatientFormStatuses statuses;
    private final PatientFormClosures closures;
    private final PaperAndManualDispatch manual;
    private final FormCatalogue catalogue;
    private final PageMessages messages;
    private final PatientFormEvents audit;

    PatientFormPageController(CourseDirectory courses, PatientFormStatuses statuses, PatientFormClosures closures,
            PaperAndManualDispatch manual, FormCatalogue catalogue, PageMessages messages, PatientFormEvents audit,
            PatientFormTypes types) {
        this.types = types;
        this.audit = audit;
        this.courses = courses;
        this.statuses = statuses;
        this.closures = closures;
        this.manual = manual;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/forlop/{id}/pasientskjema")
    String page(@PathVariable Long id, Model model) {
        return page(model, courses.visible(id), Map.of());
    }

    private String page(Model model, CourseDirectory.CourseRef course, Map<String, String> problems) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("course", course);
        List<PatientFormStatus> forms = statuses.of(course);
        model.addAttribute("statuses", forms);
        model.addAttribute("anyPending", forms.stream().anyMatch(f -> !FINISHED.contains(f.state())));
        model.addAttribute("onPaper", courses.worksAsClerk(course.id()) ? java.util.Set.of() : types.onPaper());
        model.addAttribute("problems", problems);
        return "eprom/patient-forms";
    }

    @PostMapping("/forlop/{id}/pasientskjema/{form}/stopp")
    String stop(@PathVariable Long id, @PathVariable PatientFormType form,
            @RequestParam(required = false) Integer reason, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return act(redirect, response, model, id, "stop-" + form.code(), "pf.stopped",
                () -> closures.stop(id, form, reason));
    }

    /** "Stopp all utsending": every pending form of the course stopped with one reason, all or nothing. */
    @PostMapping("/forlop/{id}/pasientskjema/stopp")
    String stopAll(@PathVariable Long id, @RequestParam(required = false) Integer reason,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(redirect, response, model, id, "stop-all-reason", "pf.stoppedAll",
                () -> closures.stopAll(id, reason));
    }

    @PostMapping("/forlop/{id}/pasientskjema/{form}/send")
    String dispatch(@PathVariable Long id, @PathVariable PatientFormType form, RedirectAttributes redirect) {
        return act(redirect, id, "pf.dispatched", () -> manual.dispatchNow(id, form));
    }

    /**
     * "Fylles ut på klinikken" (ADR 0016): the page with the form's new one-time code, shown in this answer only
     * (not stored, not cached); a form that cannot be opened gives the page with the reason (409).
     */
    @PostMapping("/forlop/{id}/pasientskjema/{form}/klinikk")
    String atClinic(@PathVariable Long id, @PathVariable PatientFormType form, HttpServletResponse response,
            Model model) {
        CourseDirectory.CourseRef course = courses.visible(id);
        response.setHeader("Cache-Control", "no-store");
        try {
            model.addAttribute("clinicCode", manual.atClinic(id, form));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("refusal", messages.refusal(e));
        }
        return page(model, course, Map.of());
    }

    @PostMapping("/forlop/{id}/pasientskjema/lukking")
    String closeAll(@PathVariable Long id, @RequestParam(required = false) Integer reason,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(redirect, response, model, id, "close-reason", "pf.closed", () -> closures.closeAll(id, reason));
    }

    @GetMapping("/forlop/{id}/pasientskjema/{form}/papir")
    String paper(@PathVariable Long id, @PathVariable PatientFormType form, Model model) {
        CourseDirectory.CourseRef course = courses.forAnswers(id);
        audit.read("PATIENT_FORM_PAPER_READ", course, form);
        return paperPage(model, course, form, Map.of(), Map.of());
    }

    @PostMapping("/forlop/{id}/pasientskjema/{form}/papir")
    String enterPaper(@PathVariable Long id, @PathVariable PatientFormType form,
            @RequestParam Map<String, String> params, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        CourseDirectory.CourseRef course = courses.forAnswers(id);
        Map<String, Object> answers = definition(form).answersFrom(params);
        try {
            manual.enterPaper(id, form, answers);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return paperPage(model, course, form, answers, messages.byField(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            return paperPage(model, course, form, answers, Map.of("form", messages.of(e)));
        }
        redirect.addFlashAttribute("message", "pf.paperSaved");
        return "redirect:/forlop/" + id + "/pasientskjema";
    }

    private String paperPage(Model model, CourseDirectory.CourseRef course, PatientFormType form,
            Map<String, ?> answers, Map<String, String> problems) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("course", course);
        model.addAttribute("form", form);
        model.addAttribute("definition", definition(form));
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        return "eprom/paper";
    }

    private FormDefinition definition(PatientFormType form) {
        return catalogue.find(form.formId()).orElseThrow(() -> new NotFoundException("error.form.notFound",
                form.code()));
    }

    /** Bad input: 400 and the page with the message at {@code field} (the id of the action's reason select). */
    private String act(RedirectAttributes redirect, HttpServletResponse response, Model model, Long id,
            String field, String done, Runnable change) {
        CourseDirectory.CourseRef course = courses.visible(id);
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, course, Map.of(field, messages.refusal(e)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/forlop/" + id + "/pasientskjema";
    }

    private String act(RedirectAttributes redirect, Long id, String done, Runnable change) {
        courses.visible(id);
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/forlop/" + id + "/pasientskjema";
    }
}
