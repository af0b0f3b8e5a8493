package no.smertereg.access;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryDirectory;
import no.smertereg.shared.TooManyRequestsException;

/**
 * "Min side" (issue 18, user guide): every logged-in user sees their account and the units and roles it holds,
 * changes the password at any time (current password and the new one twice, under the login's rules), switches to
 * another of their units without logging out, and finds "Søk ny tilgang".
 */
@Controller
class AccountPageController {

    private final OwnPasswordChange passwords;
    private final LoginSteps steps;
    private final OrganisationService organisation;
    private final PageMessages messages;
    private final RegistryDirectory registries;

    AccountPageController(OwnPasswordChange passwords, LoginSteps steps, OrganisationService organisation,
            PageMessages messages, RegistryDirectory registries) {
        this.passwords = passwords;
        this.steps = steps;
        this.organisation = organisation;
        this.messages = messages;
        this.registries = registries;
    }

    @GetMapping("/min-side")
    String page(Model model) {
        return page(model, Map.of());
    }

    /**
     * The password change. A new password not typed the same twice is refused before anything is checked; a wrong
     * current password counts like a wrong password at login (per client address, and five in a row lock the
     * account, which ends its sessions). The change ends every other session; this one goes on under a new id.
     */
    @PostMapping("/min-side/passord")
    String changePassword(@RequestParam(defaultValue = "") String oldPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String newPasswordAgain, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String username = CurrentUser.get().getUsername();
        if (!newPassword.equals(newPasswordAgain)) {
            response.setStatus(400);
            return page(model, Map.of("newPasswordAgain", messages.text("mypage.password.notRepeated")));
        }
        long generation;
        try {
            generation = passwords.change(request, username, oldPassword, newPassword);
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            return page(model, Map.of("oldPassword", messages.text("login.throttled")));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, messages.byField(e));
        }
        steps.keepThisSession(request, response, generation);
        redirect.addFlashAttribute("message", "mypage.password.changed");
        return "redirect:/min-side";
    }

    /** Works on for another unit of the account from now on, as the unit choice at login would (guide: "Velg"). */
    @PostMapping("/min-side/enhet")
    String switchUnit(@RequestParam(defaultValue = "") String unit, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!steps.chooseUnit(request, response, CurrentUser.get().getUsername(), unit)) {
            response.setStatus(400);
            return page(model, Map.of("unit", messages.text("login.unit.choose")));
        }
        // Tasklist and Cockpit keep the session's groups and tenants: they must take the new unit's.
        AuthenticationUtil.updateSession(request.getSession(), new Authentications());
        redirect.addFlashAttribute("message", "mypage.unit.switched");
        return "redirect:/min-side";
    }

    private String page(Model model, Map<String, String> problems) {
        RegistryUser user = CurrentUser.get();
        LoginChoice current = user.unitRoles().stream().findFirst()
                .map(r -> new LoginChoice(user.registryId(), r.unitResh())).orElse(null);
        model.addAttribute("user", user);
        model.addAttribute("units", LoginChoiceView.of(steps.choices(user.getUsername()), current, organisation,
                registries));
        model.addAttribute("problems", problems);
        return "access/my-page";
    }
}
