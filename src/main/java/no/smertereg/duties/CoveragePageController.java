package no.smertereg.duties;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryClock;

/**
 * {@code /dekningsgrad}: the session unit's registry responsible (LC) enters the month's count of referred and examined
 * patients (errors at the field, what was typed kept) and sees the months entered and the quarterly reports.
 */
@Controller
class CoveragePageController {

    static final String PATH = "/dekningsgrad";

    private final Coverage coverage;
    private final PageMessages messages;
    private final RegistryClock clock;

    CoveragePageController(Coverage coverage, PageMessages messages, RegistryClock clock) {
        this.coverage = coverage;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("month", YearMonth.from(clock.today()).minusMonths(1).toString());
        values.put("examined", "");
        return page(model, values, Map.of());
    }

    @PostMapping(PATH)
    String enter(@RequestParam(required = false) String month, @RequestParam(required = false) String examined,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("month", month == null ? "" : month);
        values.put("examined", examined == null ? "" : examined);
        try {
            Coverage.Month entered = coverage.enter(CurrentUser.get(), unit(), month, number(examined));
            redirect.addFlashAttribute("saved", entered.month());
        } catch (InvalidInputException e) {
            response.setStatus(e.status().value());
            return page(model, values, messages.byField(e));
        }
        return "redirect:" + PATH;
    }

    private String page(Model model, Map<String, String> values, Map<String, String> problems) {
        RegistryUser user = CurrentUser.get();
        String unit = unit();
        model.addAttribute("user", user);
        model.addAttribute("unit", unit);
        model.addAttribute("overview", coverage.overview(user, unit));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "duties/coverage";
    }

    /** The session's unit where the user is the registry responsible (a session holds one unit). */
    private static String unit() {
        return CurrentUser.get().unitsWith(Role.LC).stream().sorted().findFirst()
                .orElseThrow(() -> new ForbiddenException("error.forbidden.coverage", ""));
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("examined", "error.coverage.examined", Coverage.MAX_EXAMINED);
        }
    }
}
