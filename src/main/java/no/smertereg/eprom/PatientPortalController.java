package no.smertereg.eprom;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;

/**
 * The patient portal pages (no registry login): code and birth date, the form, and the receipt. Opening a form
 * starts a new session without any login in it (a shared tablet's clinician session is not carried over).
 */
@Controller
class PatientPortalController {

    static final String SESSION_FORM = "portal.patientForm";

    private final PatientPortal portal;
    private final PortalAttempts attempts;
    private final Registries registries;

    PatientPortalController(PatientPortal portal, PortalAttempts attempts, Registries registries) {
        this.portal = portal;
        this.attempts = attempts;
        this.registries = registries;
    }

    @GetMapping("/pasient")
    String start() {
        return "portal/code";
    }

    /**
     * R4: how a patient asks for access, correction, deletion or to stop further questionnaires, and where each
     * registry takes such a request. Every invitation links here; no login, nothing about the patient.
     */
    @GetMapping("/pasient/rettigheter")
    String rights(Model model) {
        model.addAttribute("registries", registries.all().stream().map(RegistryDefinitions::descriptor).toList());
        return "portal/rights";
    }

    @PostMapping("/pasient")
    String open(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String birthDate,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        if (!attempts.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("error", "portal.tooManyAttempts");
            return "portal/code";
        }
        try {
            Long form = portal.open(code, LocalDate.parse(birthDate));
            session.invalidate();
            SecurityContextHolder.clearContext();
            request.getSession(true).setAttribute(SESSION_FORM, form);
            return "redirect:/pasient/skjema";
        } catch (ConflictException | DateTimeParseException e) {
            response.setStatus(400);
            model.addAttribute("error", "portal.invalidCode");
            return "portal/code";
        }
    }

    @GetMapping("/pasient/skjema")
    String form(HttpSession session, Model model, HttpServletResponse response) {
        Long form = (Long) session.getAttribute(SESSION_FORM);
        if (form == null) {
            return "redirect:/pasient";
        }
        try {
            page(model, form, portal.draft(form));
            return "portal/form";
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("error", "portal.invalidCode");
            return "portal/code";
        }
    }

    @PostMapping("/pasient/skjema")
    String submit(@RequestParam Map<String, String> answers, @RequestParam(defaultValue = "submit") String action,
            HttpSession session, Model model, HttpServletResponse response) {
        Long form = (Long) session.getAttribute(SESSION_FORM);
        if (form == null) {
            return "redirect:/pasient";
        }
        try {
            if ("save".equals(action)) {
                portal.saveDraft(form, answers);
                page(model, form, portal.draft(form));
                model.addAttribute("saved", true);
                return "portal/form";
            }
            portal.submit(form, answers);
            session.removeAttribute(SESSION_FORM);
            return "portal/done";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            page(model, form, answers);
            Map<String, String> problems = e.problems().stream()
                    .collect(java.util.stream.Collectors.toMap(p -> p.field(), p -> p.messageCode(), (a, b) -> a));
            model.addAttribute("problems", problems);
            model.addAttribute("fieldProblems", problems);
            return "portal/form";
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("error", "portal.invalidCode");
            return "portal/code";
        }
    }

    private void page(Model model, Long form, Map<String, String> answers) {
        model.addAttribute("form", portal.form(form));
        model.addAttribute("registryName", portal.registryName(form));
        model.addAttribute("answers", answers == null ? Map.of() : answers);
        model.addAttribute("fieldProblems", Map.of());
        model.addAttribute("hidden", portal.hiddenOnPage(form, answers == null ? Map.of() : answers));
        portal.openUntil(form).ifPresent(day -> model.addAttribute("openUntil", day));
    }
}
