package no.smertereg.access;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and a small start page until the registry's own pages arrive. */
@Controller
class LoginController {

    private final boolean demoMode;

    LoginController(@Value("${registry.demo-mode:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    private static final Set<Role> WORKLIST_ROLES = Set.of(Role.LU, Role.LC, Role.SC);

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoMode", demoMode);
        return "login";
    }

    /** The worklist is the start page of those who have one (S12); the others see their roles and links. */
    @GetMapping("/")
    String home(Model model) {
        RegistryUser user = CurrentUser.get();
        if (user.unitRoles().stream().anyMatch(r -> WORKLIST_ROLES.contains(r.role()))) {
            return "redirect:/arbeidsliste";
        }
        model.addAttribute("user", user);
        return "home";
    }
}
