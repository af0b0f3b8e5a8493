package no.smertereg.course;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.Role;
import no.smertereg.course.CourseApi.CommentRequest;
import no.smertereg.course.CourseApi.CourseView;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.course.CourseApi.FormSummary;
import no.smertereg.course.CourseApi.FormView;
import no.smertereg.course.CourseApi.PersonalDataRequest;
import no.smertereg.course.CourseApi.UnlockRequest;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/**
 * A course's pages: the overview, PO, and each clinician form rendered from its {@code .form} file with Save, Next
 * (save and open the next form), Finalise with the missing fields at the fields, unlock with a reason, comment.
 */
@Controller
class CoursePageController {

    private final RegistryDefinitions definitions;
    private final CourseService courses;
    private final CourseFormsService forms;
    private final FormCatalogue catalogue;
    private final PageMessages messages;
    private final CourseDirectory directory;
    private final ObjectProvider<PatientFormTimeline> patientForms;

    CoursePageController(CourseService courses, CourseFormsService forms, FormCatalogue catalogue,
            PageMessages messages, CourseDirectory directory, ObjectProvider<PatientFormTimeline> patientForms,
            RegistryDefinitions definitions) {
        this.definitions = definitions;
        this.courses = courses;
        this.forms = forms;
        this.catalogue = catalogue;
        this.messages = messages;
        this.directory = directory;
        this.patientForms = patientForms;
    }

    @GetMapping("/forlop/{id}")
    String course(@PathVariable Long id, Model model) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("course", courses.get(id));
        model.addAttribute("person", courses.personalData(id).person());
        CourseDirectory.CourseRef ref = directory.visible(id);
        model.addAttribute("timeline", patientForms.stream().findFirst().map(t -> t.of(ref)).orElse(List.of()));
        model.addAttribute("reserved", courses.patientReserved(id));
        model.addAttribute("openReservation", courses.openReservation(id).orElse(null));
        model.addAttribute("clinician", CurrentUser.get().hasRole(ref.unitResh(), Role.LU, Role.LC));
        return "course/course";
    }

    /**
     * R2: "Pasienten har reservert seg muntlig": the secretariat is told (PID only), the reservation logged. Only
     * once confirmed (the box {@code confirm}, else 400 at it), and never a second open case for the patient (409 at
     * it, nothing sent).
     */
    @PostMapping("/forlop/{id}/muntlig-reservasjon")
    String oralReservation(@PathVariable Long id, @RequestParam(required = false) String confirm,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            if (!"true".equals(confirm)) {
                throw InvalidInputException.of("confirm", "course.oralReservation.confirmRequired");
            }
            courses.reportOralReservation(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("oralReservationProblem", messages.refusal(e));
            return course(id, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("oralReservationProblem", messages.of(e));
            return course(id, model);
        }
        redirect.addFlashAttribute("message", "course.oralReservation.done");
        return "redirect:/forlop/" + id;
    }

    @GetMapping("/forlop/{id}/po")
    String personalData(@PathVariable Long id, Model model) {
        var data = courses.personalData(id);
        return poPage(model, id, data.contact(), data.version(), Map.of());
    }

    @PostMapping("/forlop/{id}/po")
    String savePersonalData(@PathVariable Long id, @RequestParam Map<String, String> params,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, Object> answers = catalogue.find("smertereg-po").orElseThrow().answersFrom(params);
        long version = version(params);
        try {
            courses.savePersonalData(id, new PersonalDataRequest(version, answers, params.containsKey("accept")));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return poPage(model, id, answers, version, messages.byField(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            return poPage(model, id, answers, version, Map.of("version", messages.of(e)));
        }
        redirect.addFlashAttribute("message", "page.saved");
        return "redirect:/forlop/" + id + ("next".equals(params.get("action")) ? "/skjema/TO" : "/po");
    }

    @GetMapping("/forlop/{id}/skjema/{formKey}")
    String form(@PathVariable Long id, @PathVariable String formKey, Model model) {
        FormView form = forms.get(id, key(formKey));
        return formPage(model, id, form, form.answers(), Map.of());
    }

    @PostMapping("/forlop/{id}/skjema/{formKey}")
    String saveForm(@PathVariable Long id, @PathVariable String formKey, @RequestParam Map<String, String> params,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormKey key = key(formKey);
        FormView current = forms.get(id, key);
        Map<String, Object> answers = catalogue.find(current.formId()).orElseThrow().answersFrom(params);
        FormAnswersRequest request = new FormAnswersRequest(version(params),
                answers);
        String action = params.getOrDefault("action", "save");
        try {
            if ("finalise".equals(action)) {
                forms.finalise(id, key, request);
                redirect.addFlashAttribute("message", "page.finalised");
                return "redirect:/forlop/" + id;
            }
            forms.saveDraft(id, key, request);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return formPage(model, id, current, answers, messages.byField(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("staleVersion", request.version());
            return formPage(model, id, current, answers, Map.of("version", messages.of(e)));
        }
        redirect.addFlashAttribute("message", "page.saved");
        if ("next".equals(action)) {
            return "redirect:" + next(id, key);
        }
        return "redirect:/forlop/" + id + "/skjema/" + formKey;
    }

    /** The page's five-minute autosave: a draft like "Lagre", answered with the new version for the next save. */
    @PostMapping("/forlop/{id}/skjema/{formKey}/autolagring")
    @ResponseBody
    Map<String, Long> autosave(@PathVariable Long id, @PathVariable String formKey,
            @RequestParam Map<String, String> params) {
        FormKey key = key(formKey);
        FormView current = forms.get(id, key);
        FormView saved = forms.saveDraft(id, key, new FormAnswersRequest(version(params),
                catalogue.find(current.formId()).orElseThrow().answersFrom(params)));
        return Map.of("version", saved.version());
    }

    @PostMapping("/forlop/{id}/skjema/{formKey}/opplasing")
    String unlock(@PathVariable Long id, @PathVariable String formKey, @RequestParam long version,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, id, formKey, "page.unlocked", () -> forms.unlock(id, key(formKey),
                new UnlockRequest(version, reason.strip())), reason.strip().length() >= 3);
    }

    @PostMapping("/forlop/{id}/skjema/{formKey}/kommentar")
    String comment(@PathVariable Long id, @PathVariable String formKey, @RequestParam long version,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        return act(redirect, id, formKey, "page.commentSaved", () -> forms.comment(id, key(formKey),
                new CommentRequest(version, comment.strip())), comment.length() <= 2000);
    }

    private String act(RedirectAttributes redirect, Long id, String formKey, String done, Runnable change,
            boolean valid) {
        try {
            if (!valid) {
                throw InvalidInputException.of("reason", "page.reasonRequired");
            }
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/forlop/" + id + "/skjema/" + formKey;
    }

    /** The next form the course has open after this one, or the course page when there is none. */
    private String next(Long id, FormKey after) {
        List<FormSummary> all = courses.get(id).forms();
        boolean passed = false;
        for (FormSummary form : all) {
            if (passed && form.status() != FormStatus.NOT_AVAILABLE && form.status() != FormStatus.FINALISED) {
                return "/forlop/" + id + "/skjema/" + form.formKey().code();
            }
            passed |= form.formKey().equals(after);
        }
        return "/forlop/" + id;
    }

    private String formPage(Model model, Long id, FormView form, Map<String, Object> answers,
            Map<String, String> problems) {
        CourseView course = courses.get(id);
        var user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("course", course);
        model.addAttribute("person", courses.personalData(id).person());
        model.addAttribute("form", form);
        model.addAttribute("definition", catalogue.find(form.formId()).orElseThrow());
        model.addAttribute("answers", answers == null ? Map.of() : answers);
        model.addAttribute("problems", problems);
        model.addAttribute("editable", form.status() != FormStatus.NOT_AVAILABLE
                && (form.status() != FormStatus.FINALISED || form.inCorrection()));
        model.addAttribute("mayUnlock", form.status() == FormStatus.FINALISED && !form.inCorrection()
                && user.unitRoles().stream().anyMatch(r -> r.role() == Role.LC || r.role() == Role.SC));
        return "course/form";
    }

    private String poPage(Model model, Long id, Map<String, ?> answers, long version, Map<String, String> problems) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("course", courses.get(id));
        model.addAttribute("person", courses.personalData(id).person());
        model.addAttribute("definition", catalogue.find("smertereg-po").orElseThrow());
        model.addAttribute("answers", answers);
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        model.addAttribute("missingContact", problems.containsKey("acceptMissingContact"));
        return "course/po";
    }

    /** The version the page was read at; a missing or garbled one is stale, so the save answers 409. */
    private static long version(Map<String, String> params) {
        try {
            return Long.parseLong(params.getOrDefault("version", "-1").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private FormKey key(String formKey) {
        return definitions.requireForm(formKey);
    }
}
