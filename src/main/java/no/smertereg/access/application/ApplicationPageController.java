package no.smertereg.access.application;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.UserAccounts;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryDirectory;

/**
 * The applicant's page (A1): the application form without a login, errors at the fields, a receipt; and the same
 * form for a logged-in user's "Søk ny tilgang" (issue 18), without the fields their account answers.
 */
@Controller
class ApplicationPageController {

    private static final List<String> FIELDS = List.of("username", "fullName", "mobile", "email", "position", "region",
            "unitResh", "clinic", "department", "project", "itPersonnel", "registry");
    private static final List<String> ACCOUNT_FIELDS = List.of("email", "position", "region", "unitResh", "clinic",
            "department", "project", "registry");

    private final ApplicationService applications;
    private final OrganisationService organisation;
    private final ApplicationLimit limit;
    private final PageMessages messages;
    private final UserAccounts accounts;
    private final RegistryDirectory registries;

    ApplicationPageController(ApplicationService applications, OrganisationService organisation,
            ApplicationLimit limit, PageMessages messages, UserAccounts accounts, RegistryDirectory registries) {
        this.accounts = accounts;
        this.registries = registries;
        this.applications = applications;
        this.organisation = organisation;
        this.limit = limit;
        this.messages = messages;
    }

    @GetMapping("/soknad")
    String form(Model model) {
        return page(model, Map.of("project", Project.SMERTEREG.name()), Map.of());
    }

    @PostMapping("/soknad")
    String submit(@RequestParam Map<String, String> params, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, params.getOrDefault(f, "").trim()));
        if (!limit.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("error", "apply.tooMany");
            return page(model, values, Map.of());
        }
        try {
            AccessApplication application = applications.submit(new ApplicationRequest(values.get("username"),
                    values.get("fullName"), values.get("mobile"), values.get("email"), values.get("position"),
                    values.get("region"), values.get("unitResh"), values.get("clinic"), values.get("department"),
                    values.get("project"), params.containsKey("itPersonnel"), values.get("registry")));
            model.addAttribute("applicationId", application.getId());
            model.addAttribute("approver", "apply.approver." + application.getApproverGroup().name());
            return "access/applied";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, values, messages.byField(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(model, values, Map.of("username", messages.of(e)));
        }
    }

    /** "Søk ny tilgang" (issue 18): a logged-in user applies for another unit or Rapporteket with their account. */
    @GetMapping("/min-side/ny-tilgang")
    String formForAccount(Model model) {
        String email = accounts.account(CurrentUser.get().getUsername()).map(UserAccounts.Account::email)
                .orElse(null);
        return accountPage(model, Map.of("project", Project.SMERTEREG.name(), "email", email == null ? "" : email),
                Map.of());
    }

    @PostMapping("/min-side/ny-tilgang")
    String submitForAccount(@RequestParam Map<String, String> params, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        ACCOUNT_FIELDS.forEach(f -> values.put(f, params.getOrDefault(f, "").trim()));
        if (!limit.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("error", "apply.tooMany");
            return accountPage(model, values, Map.of());
        }
        try {
            AccessApplication application = applications.submitForAccount(CurrentUser.get(), new ApplicationRequest(
                    null, null, null, values.get("email"), values.get("position"), values.get("region"),
                    values.get("unitResh"), values.get("clinic"), values.get("department"), values.get("project"),
                    false, values.get("registry")));
            model.addAttribute("applicationId", application.getId());
            model.addAttribute("approver", "apply.approver." + application.getApproverGroup().name());
            model.addAttribute("existing", true);
            return "access/applied";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return accountPage(model, values, messages.byField(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            return accountPage(model, values, Map.of("unitResh", messages.of(e)));
        }
    }

    private String accountPage(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("existing", true);
        model.addAttribute("account", CurrentUser.get());
        return page(model, values, errors);
    }

    private String page(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("units", organisation.allUnits().stream().filter(u -> !u.isNational())
                .sorted(Comparator.comparing(OrgUnit::getName)).toList());
        model.addAttribute("positions", Arrays.stream(Position.values()).map(Enum::name).toList());
        model.addAttribute("regions", HealthRegion.values());
        model.addAttribute("registries", registries.names());
        return "access/apply";
    }
}
