package no.smertereg.access;

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

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoMode", demoMode);
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        RegistryUser user = CurrentUser.get();
        model.addAttribute("user", user);
        return "home";
    }
}
