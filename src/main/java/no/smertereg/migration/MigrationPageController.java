package no.smertereg.migration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/** Prosessversjoner: the system manager's page for moving running pathways to a new diagram version. */
@Controller
class MigrationPageController {

    private static final String KEY = "[A-Za-z_][A-Za-z0-9._-]{0,254}";

    private final MigrationPlans plans;
    private final PathwayMigrations migrations;
    private final PageMessages messages;

    MigrationPageController(MigrationPlans plans, PathwayMigrations migrations, PageMessages messages) {
        this.plans = plans;
        this.migrations = migrations;
        this.messages = messages;
    }

    @GetMapping("/prosessversjoner")
    String versions(Model model) {
        model.addAttribute("user", systemManager());
        model.addAttribute("pathways", plans.pathways());
        model.addAttribute("batches", migrations.running());
        return "migration/versions";
    }

    @GetMapping("/prosessversjoner/{key}/{version}")
    String plan(@PathVariable String key, @PathVariable String version, Model model) {
        RegistryUser user = systemManager();
        return planPage(model, user, plans.plan(key(key), version(version)));
    }

    @PostMapping("/prosessversjoner/{key}/{version}/migrering")
    String migrate(@PathVariable String key, @PathVariable String version,
            @RequestParam(name = "to", required = false) String to, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        RegistryUser user = systemManager();
        String processKey = key(key);
        int from = version(version);
        Integer target = to == null ? null : version(to, "to");
        try {
            PathwayMigrations.Started started = migrations.migrate(processKey, from, target);
            redirect.addFlashAttribute("notice", messages.text("migration.started", started.key(),
                    started.fromVersion(), started.toVersion(), started.instances(), started.batchId()));
            return "redirect:/prosessversjoner";
        } catch (ConflictException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.of(refused));
            return planPage(model, user, plans.plan(processKey, from));
        }
    }

    /** A malformed key or version: the error page names the field, as the API's 400 does. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("detail", messages.refusal(e));
        return page;
    }

    private String planPage(Model model, RegistryUser user, MigrationPlans.Plan plan) {
        model.addAttribute("user", user);
        model.addAttribute("plan", plan);
        model.addAttribute("batches", migrations.running());
        return "migration/plan";
    }

    private static RegistryUser systemManager() {
        RegistryUser user = CurrentUser.get();
        if (!user.hasRoleAnywhere(Role.SYSTEM_MANAGER)) {
            throw new ForbiddenException("error.forbidden.systemManager");
        }
        return user;
    }

    private static String key(String key) {
        if (!key.matches(KEY)) {
            throw InvalidInputException.of("key", "migration.badKey");
        }
        return key;
    }

    private static int version(String version) {
        return version(version, "version");
    }

    private static int version(String version, String field) {
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw InvalidInputException.of(field, "migration.badVersion");
        }
        return Integer.parseInt(version);
    }
}
