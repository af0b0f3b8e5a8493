package no.smertereg.access.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UserAccounts;
import no.smertereg.access.application.ApplicationService;
import no.smertereg.access.review.ReviewService;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/** Brukeradministrasjon: what a user administrator (and an LC, for former users' e-mail) does on one page. */
@Controller
class UserAdminPageController {

    private final ApplicationService applications;
    private final UserAccounts accounts;
    private final ReviewService reviews;
    private final PageMessages messages;

    UserAdminPageController(ApplicationService applications, UserAccounts accounts, ReviewService reviews,
            PageMessages messages) {
        this.applications = applications;
        this.accounts = accounts;
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping("/brukere")
    String page(Model model) {
        RegistryUser user = administrator();
        Map<String, List<UserAccounts.UnitUser>> users = new LinkedHashMap<>();
        user.unitsWith(Role.USER_ADMIN).stream().sorted()
                .forEach(u -> users.put(u, accounts.activeUsersOf(user.registryId(), u)));
        Map<String, List<UserAccounts.UnitUser>> former = new LinkedHashMap<>();
        user.unitsWith(Role.LC).stream().sorted()
                .forEach(u -> former.put(u, accounts.formerUsersWithEmail(user.registryId(), u)));
        model.addAttribute("user", user);
        model.addAttribute("applications", applications.inbox(user));
        model.addAttribute("users", users);
        model.addAttribute("former", former);
        model.addAttribute("reviews", reviews.reviews(user));
        return "access/users";
    }

    @PostMapping("/brukere/soknader/{id}")
    String decide(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        RegistryUser user = administrator();
        return act(redirect, approve ? "users.approved" : "users.rejected",
                () -> applications.decide(user, id, approve, approve ? null : reason.strip()));
    }

    @PostMapping("/brukere/{username}/fjerning")
    String remove(@PathVariable String username, RedirectAttributes redirect) {
        RegistryUser user = administrator();
        Set<String> units = user.unitsWith(Role.USER_ADMIN);
        if (units.isEmpty()) {
            throw new ForbiddenException("error.forbidden.userAdmin");
        }
        if (user.getUsername().equals(username)) {
            throw new ForbiddenException("error.forbidden.removeSelf");
        }
        return act(redirect, "users.removed",
                () -> accounts.revoke(username, user.registryId(), units, user.getUsername()));
    }

    @PostMapping("/brukere/{username}/epost-fjerning")
    String removeEmail(@PathVariable String username, RedirectAttributes redirect) {
        RegistryUser lc = administrator();
        Set<String> units = lc.unitsWith(Role.LC);
        if (units.isEmpty()) {
            throw new ForbiddenException("error.forbidden.lcOnly");
        }
        return act(redirect, "users.emailRemoved",
                () -> accounts.removeFormerUsersEmail(username, lc.registryId(), units));
    }

    /** A6: every user of the unit is named once, kept ("confirm") or removed ("remove"). */
    @PostMapping("/brukere/gjennomgang/{taskId}")
    String review(@PathVariable String taskId, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        RegistryUser user = administrator();
        List<String> confirm = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith("user:")) {
                ("remove".equals(value) ? remove : confirm).add(name.substring(5));
            }
        });
        return act(redirect, "users.reviewed", () -> reviews.complete(user, taskId, confirm, remove));
    }

    /**
     * User administrators and LCs of a unit, SC (report-portal applications, overdue reviews) and the system manager
     * (IT personnel's applications) have this page; the others get 403 as from the API.
     */
    private static RegistryUser administrator() {
        RegistryUser user = CurrentUser.get();
        if (user.unitsWith(Role.USER_ADMIN, Role.LC).isEmpty() && !user.hasRoleAnywhere(Role.SC)
                && !user.hasRoleAnywhere(Role.SYSTEM_MANAGER)) {
            throw new ForbiddenException("error.forbidden.userAdmin");
        }
        return user;
    }

    private String act(RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/brukere";
    }
}
