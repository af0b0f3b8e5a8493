package no.smertereg.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryDirectory;
import no.smertereg.shared.TooManyRequestsException;

/** The pages of the login steps after the password: SMS code, forced password change, unit (and registry) choice. */
@Controller
class LoginStepController {

    private final LoginSteps steps;
    private final LoginCodes codes;
    private final OwnPasswordChange passwords;
    private final OrganisationService organisation;
    private final LoginThrottle throttle;
    private final RegistryDirectory registries;

    LoginStepController(LoginSteps steps, LoginCodes codes, OwnPasswordChange passwords,
            OrganisationService organisation, LoginThrottle throttle, RegistryDirectory registries) {
        this.steps = steps;
        this.codes = codes;
        this.passwords = passwords;
        this.organisation = organisation;
        this.throttle = throttle;
        this.registries = registries;
    }

    @GetMapping("/login/kode")
    String codePage() {
        return "login/code";
    }

    @PostMapping("/login/kode")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        String username = LoginSteps.username();
        if (!throttle.allow(request)) {
            response.setStatus(429);
            model.addAttribute("error", "login.throttled");
            return "login/code";
        }
        switch (codes.verify(username, code)) {
            case ACCEPTED -> {
                throttle.succeeded(request);
                LoginSteps.redirect(response, request, steps.next(request, response, username));
                return null;
            }
            case LOCKED -> {
                steps.abandon(request);
                LoginSteps.redirect(response, request, "/login?error");
                return null;
            }
            case EXPIRED -> model.addAttribute("error", "login.code.expired");
            default -> model.addAttribute("error", "login.code.wrong");
        }
        response.setStatus(400);
        return "login/code";
    }

    @PostMapping("/login/kode/ny")
    String newCode(HttpServletRequest request) {
        return switch (codes.send(LoginSteps.username())) {
            case SENT -> "redirect:/login/kode?sent";
            case TOO_MANY -> "redirect:/login/kode?tooMany";
            case LOCKED -> {
                steps.abandon(request);
                yield "redirect:/login?error";
            }
        };
    }

    @GetMapping("/login/passord")
    String passwordPage() {
        return "login/password";
    }

    @PostMapping("/login/passord")
    String password(@RequestParam(defaultValue = "") String oldPassword,
            @RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        String username = LoginSteps.username();
        try {
            passwords.change(request, username, oldPassword, newPassword);
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            model.addAttribute("problems", List.of("login.throttled"));
            return "login/password";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problems", e.problems().stream().map(FieldProblem::messageCode).toList());
            return "login/password";
        }
        LoginSteps.redirect(response, request, steps.next(request, response, username));
        return null;
    }

    @GetMapping("/login/enhet")
    String unitPage(Model model) {
        model.addAttribute("units", units());
        return "login/unit";
    }

    @PostMapping("/login/enhet")
    String unit(@RequestParam(defaultValue = "") String unit, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (steps.chooseUnit(request, response, LoginSteps.username(), unit)) {
            return "redirect:/";
        }
        response.setStatus(400);
        model.addAttribute("units", units());
        model.addAttribute("error", "login.unit.choose");
        return "login/unit";
    }

    private List<LoginChoiceView> units() {
        return LoginChoiceView.of(steps.choices(LoginSteps.username()), null, organisation, registries);
    }
}
