package no.smertereg.eprom;

import java.util.Map;

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
 * the clinician's actions: stop dispatch, answer all and finalise with a reason, manual dispatch, paper entry.
 */
@Controller
class PatientFormPageController {

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
        CourseDirectory.CourseRef course = courses.visible(id);
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("course", course);
        model.addAttribute("statuses", statuses.of(course));
        model.addAttribute("onPaper", types.onPaper());
        return "eprom/patient-forms";
    }

    @PostMapping("/forlop/{id}/pasientskjema/{form}/stopp")
    String stop(@PathVariable Long id, @PathVariable PatientFormType form,
            @RequestParam(required = false) Integer reason, RedirectAttributes redirect) {
        return act(redirect, id, "pf.stopped", () -> closures.stop(id, form, reason));
    }

    @PostMapping("/forlop/{id}/pasientskjema/{form}/send")
    String dispatch(@PathVariable Long id, @PathVariable PatientFormType form, RedirectAttributes redirect) {
        return act(redirect, id, "pf.dispatched", () -> manual.dispatchNow(id, form));
    }

    @PostMapping("/forlop/{id}/pasientskjema/lukking")
    String closeAll(@PathVariable Long id, @RequestParam(required = false) Integer reason,
            RedirectAttributes redirect) {
        return act(redirect, id, "pf.closed", () -> closures.closeAll(id, reason));
    }

    @GetMapping("/forlop/{id}/pasientskjema/{form}/papir")
    String paper(@PathVariable Long id, @PathVariable PatientFormType form, Model model) {
        CourseDirectory.CourseRef course = courses.visible(id);
        audit.read("PATIENT_FORM_PAPER_READ", course, form);
        return paperPage(model, course, form, Map.of(), Map.of());
    }

    @PostMapping("/forlop/{id}/pasientskjema/{form}/papir")
    String enterPaper(@PathVariable Long id, @PathVariable PatientFormType form,
            @RequestParam Map<String, String> params, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        CourseDirectory.CourseRef course = courses.visible(id);
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
