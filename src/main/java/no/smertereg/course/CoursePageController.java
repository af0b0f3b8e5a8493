package no.smertereg.course;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
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
import no.smertereg.course.CourseApi.CourseView;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.course.CourseApi.FormSummary;
import no.smertereg.course.CourseApi.FormView;
import no.smertereg.course.CourseApi.PersonalDataRequest;
import no.smertereg.course.CourseApi.SetLocationRequest;
import no.smertereg.course.CourseApi.UnlockRequest;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormChangedException;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryException;

/**
 * A course's pages: the overview, PO, and each clinician form rendered from its {@code .form} file with Save, Next
 * (save and open the next form), Finalise with the missing fields at the fields, unlock with a reason, comment.
 */
@Controller
class CoursePageController {

    private final Registries registries;
    private final CourseService courses;
    private final CourseFormsService forms;
    private final FormCatalogue catalogue;
    private final PageMessages messages;
    private final CourseDirectory directory;
    private final ObjectProvider<PatientFormTimeline> patientForms;
    private final FormPageActions pageActions;
    private final ClerkBooking clerk;
    private final PathwayNotes notes;

    CoursePageController(CourseService courses, CourseFormsService forms, FormCatalogue catalogue,
            PageMessages messages, CourseDirectory directory, ObjectProvider<PatientFormTimeline> patientForms,
            Registries registries, FormPageActions pageActions, ClerkBooking clerk, PathwayNotes notes) {
        this.notes = notes;
        this.pageActions = pageActions;
        this.clerk = clerk;
        this.registries = registries;
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
        model.addAttribute("pathwayNotes", directory.worksAsClerk(id) ? List.of() : notes.of(id));
        model.addAttribute("openReservation", courses.openReservation(id).orElse(null));
        model.addAttribute("clinician", CurrentUser.get().hasRole(ref.unitResh(), Role.LU, Role.LC));
        model.addAttribute("bookingForm", clerk.bookingForm(id).orElse(null));
        model.addAttribute("locations", courses.activeLocations(ref.unitResh()));
        return "course/course";
    }

    /** The course's location, chosen on the course page among the unit's active locations. */
    @PostMapping("/forlop/{id}/lokasjon")
    String setLocation(@PathVariable Long id, @RequestParam Long version,
            @RequestParam(required = false) Long locationId, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            courses.setLocation(id, new SetLocationRequest(version, locationId));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("refusal", messages.refusal(e));
            return course(id, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("refusal", messages.refusal(e));
            return course(id, model);
        }
        redirect.addFlashAttribute("message", "course.location.saved");
        return "redirect:/forlop/" + id;
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

    /** The first form of the course's diagram (SmerteReg's TO, NNRR's treater form), which "Neste" opens after PO. */
    private String firstForm(Long id) {
        return registries.of(directory.visible(id).registryId()).clinicianForms().get(0).code();
    }

    @GetMapping("/forlop/{id}/po")
    String personalData(@PathVariable Long id, Model model) {
        var data = courses.personalData(id);
        return poPage(model, id, data.contact(), data.version(), Map.of());
    }

    @PostMapping("/forlop/{id}/po")
    String savePersonalData(@PathVariable Long id, @RequestParam Map<String, String> params,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, Object> answers = catalogue.find(PatientService.PO_FORM).orElseThrow().answersFrom(params);
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
        return "redirect:/forlop/" + id + ("next".equals(params.get("action")) ? "/skjema/" + firstForm(id) : "/po");
    }

    @GetMapping("/forlop/{id}/skjema/{formKey}")
    String form(@PathVariable Long id, @PathVariable String formKey, Model model) {
        FormView form = forms.get(id, key(formKey));
        return formPage(model, id, form, new Typed(null, null, null), Map.of());
    }

    /**
     * Every button of the form sends the typed answers and the internal comment together (issue 18): Save, Next and
     * "Lagre kommentar" keep every valid answer as a draft and name the bad ones at their fields; Finalise stores
     * all or nothing. A refusal shows the page again with everything typed, a conflict says who changed the form.
     */
    @PostMapping("/forlop/{id}/skjema/{formKey}")
    String saveForm(@PathVariable Long id, @PathVariable String formKey, @RequestParam Map<String, String> params,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormKey key = key(formKey);
        FormView current = forms.get(id, key);
        Map<String, Object> answers = clerk.pageForm(id, key).definition().answersFrom(params);
        Typed typed = new Typed(answers, params.get("comment"), null);
        FormAnswersRequest request = new FormAnswersRequest(version(params),
                answers);
        String action = params.getOrDefault("action", "save");
        try {
            if ("finalise".equals(action)) {
                pageActions.finalise(id, key, request, typed.comment(), current);
                redirect.addFlashAttribute("message", "page.finalised");
                return "redirect:/forlop/" + id;
            }
            FormPageActions.Saved saved = pageActions.save(id, key, request.version(), answers, typed.comment(),
                    current);
            if (!saved.notSaved().isEmpty()) {
                model.addAttribute("problemsTitle", "form.draftProblems");
                return formPage(model, id, saved.view(), typed, messages.byField(
                        new InvalidInputException(saved.notSaved())));
            }
        } catch (RegistryException e) {
            return refused(e, "finalise".equals(action) ? "form.problems" : "form.notSaved", response, model, id,
                    current, typed, request.version());
        }
        redirect.addFlashAttribute("message", "comment".equals(action) ? "page.commentSaved" : "page.saved");
        if ("next".equals(action)) {
            return "redirect:" + next(id, key);
        }
        return "redirect:/forlop/" + id + "/skjema/" + formKey;
    }

    /**
     * The page's five-minute autosave: a draft like "Lagre" (every valid answer, and the comment), answered with
     * the new version for the next save and the fields it could not save; a conflict says who changed the form.
     */
    @PostMapping("/forlop/{id}/skjema/{formKey}/autolagring")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable Long id, @PathVariable String formKey,
            @RequestParam Map<String, String> params) {
        FormKey key = key(formKey);
        FormView current = forms.get(id, key);
        try {
            FormPageActions.Saved saved = pageActions.save(id, key, version(params),
                    clerk.pageForm(id, key).definition().answersFrom(params), params.get("comment"),
                    current);
            Map<String, Object> body = Map.of("version", saved.view().version(), "notSaved",
                    messages.byField(new InvalidInputException(saved.notSaved())));
            return ResponseEntity.ok(body);
        } catch (InvalidInputException e) {
            Map<String, Object> body = Map.of("notSaved", messages.byField(e));
            return ResponseEntity.badRequest().body(body);
        } catch (ConflictException e) {
            Map<String, Object> body = Map.of("conflict", conflictText(e));
            return ResponseEntity.status(409).body(body);
        }
    }

    /** Unlock with a reason, together with the comment typed on the page; a refusal keeps both on the page. */
    @PostMapping("/forlop/{id}/skjema/{formKey}/opplasing")
    String unlock(@PathVariable Long id, @PathVariable String formKey, @RequestParam long version,
            @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String comment,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormKey key = key(formKey);
        FormView current = forms.get(id, key);
        try {
            pageActions.unlock(id, key, new UnlockRequest(version, reason.strip()), comment, current);
        } catch (RegistryException e) {
            return refused(e, "form.notSaved", response, model, id, current, new Typed(null, comment, reason),
                    version);
        }
        redirect.addFlashAttribute("message", "page.unlocked");
        return "redirect:/forlop/" + id + "/skjema/" + formKey;
    }

    /** The comment of a form that is not open for work (its page sends no answers); a typed unlock reason stays. */
    @PostMapping("/forlop/{id}/skjema/{formKey}/kommentar")
    String comment(@PathVariable Long id, @PathVariable String formKey, @RequestParam long version,
            @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormKey key = key(formKey);
        FormView current = forms.get(id, key);
        Typed typed = new Typed(null, comment, reason);
        FormView saved;
        try {
            saved = pageActions.save(id, key, version, null, comment, current).view();
        } catch (RegistryException e) {
            return refused(e, "form.notSaved", response, model, id, current, typed, version);
        }
        if (!reason.isBlank()) {
            model.addAttribute("message", "page.commentSaved");
            return formPage(model, id, saved, new Typed(null, null, reason), Map.of());
        }
        redirect.addFlashAttribute("message", "page.commentSaved");
        return "redirect:/forlop/" + id + "/skjema/" + formKey;
    }

    /**
     * A refused button shows the page again with everything typed and nothing saved: bad input at its fields
     * (400), or a conflict (409) that says who changed the form and offers its current version, the typed answers
     * still on the page and the version they were typed on kept, so that saving again does not overwrite it.
     */
    private String refused(RegistryException e, String problemsTitle, HttpServletResponse response, Model model,
            Long id, FormView current, Typed typed, long version) {
        response.setStatus(e.status().value());
        if (e instanceof InvalidInputException invalid) {
            model.addAttribute("problemsTitle", problemsTitle);
            return formPage(model, id, current, typed, messages.byField(invalid));
        }
        if (e instanceof ConflictException conflict) {
            model.addAttribute("conflict", conflictText(conflict));
            model.addAttribute("staleVersion", version);
            return formPage(model, id, current, typed, Map.of());
        }
        throw e;
    }

    private String conflictText(ConflictException e) {
        return e instanceof FormChangedException changed
                ? messages.text("form.changedBy", changed.changedBy(), changed.changedAtText())
                : messages.of(e);
    }

    /** What the user typed on the form page: answers (null: the stored ones), comment and unlock reason. */
    private record Typed(Map<String, Object> answers, String comment, String reason) {
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

    private String formPage(Model model, Long id, FormView form, Typed typed, Map<String, String> problems) {
        CourseView course = courses.get(id);
        var user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("course", course);
        model.addAttribute("person", courses.personalData(id).person());
        model.addAttribute("form", form);
        ClerkBooking.PageForm shown = clerk.pageForm(id, form.formKey());
        model.addAttribute("definition", shown.definition());
        model.addAttribute("bookingOnly", shown.bookingOnly());
        model.addAttribute("answers", typed.answers() == null ? form.answers() : typed.answers());
        model.addAttribute("comment", typed.comment() == null ? form.internalComment() : typed.comment());
        model.addAttribute("reason", typed.reason());
        model.addAttribute("unsaved", !problems.isEmpty() || model.containsAttribute("conflict")
                || (typed.reason() != null && !typed.reason().isBlank()));
        model.addAttribute("problems", problems);
        model.addAttribute("editable", editable(form));
        model.addAttribute("mayUnlock", form.status() == FormStatus.FINALISED && !form.inCorrection()
                && user.unitRoles().stream().anyMatch(r -> r.role() == Role.LC || r.role() == Role.SC));
        return "course/form";
    }

    /** Whether the form is open for work: its page sends answers with every button. */
    private static boolean editable(FormView form) {
        return form.status() != FormStatus.NOT_AVAILABLE
                && (form.status() != FormStatus.FINALISED || form.inCorrection());
    }

    private String poPage(Model model, Long id, Map<String, ?> answers, long version, Map<String, String> problems) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("course", courses.get(id));
        model.addAttribute("person", courses.personalData(id).person());
        model.addAttribute("definition", catalogue.find(PatientService.PO_FORM).orElseThrow());
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
        return registries.requireForm(formKey);
    }
}
