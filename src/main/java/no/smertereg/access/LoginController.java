package no.smertereg.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and a small start page until the registry's own pages arrive. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        RegistryUser user = CurrentUser.get();
        model.addAttribute("user", user);
        return "home";
    }
}
