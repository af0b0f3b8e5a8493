package no.smertereg.access;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page and the start page. The worklist is the start page of those who have one (S12, the user guide);
 * every other role lands on a page listing the pages of its work, each with a line on what it is for, which any user
 * also reaches as "Dine sider" from the header.
 */
@Controller
class LoginController {

    private final boolean demoMode;
    private final OidcLogin oidc;

    LoginController(@Value("${registry.demo-mode:false}") boolean demoMode, OidcLogin oidc) {
        this.demoMode = demoMode;
        this.oidc = oidc;
    }

    private static final Set<Role> WORKLIST_ROLES = Set.of(Role.LU, Role.LC, Role.SC, Role.CLERK);

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoMode", demoMode);
        model.addAttribute("oidc", oidc.enabled() ? oidc.label() : null);
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        RegistryUser user = CurrentUser.get();
        if (user.unitRoles().stream().anyMatch(r -> WORKLIST_ROLES.contains(r.role()))) {
            return "redirect:/arbeidsliste";
        }
        return startPage(model);
    }

    @GetMapping("/startside")
    String startPage(Model model) {
        model.addAttribute("user", CurrentUser.get());
        return "home";
    }
}
