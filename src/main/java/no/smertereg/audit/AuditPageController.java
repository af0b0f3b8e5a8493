package no.smertereg.audit;

import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;

/** Revisjonslogg: who read or changed which patient's data, searched by SC (all units) and LC (their unit). */
@Controller
class AuditPageController {

    private final AuditSearch search;
    private final AuditActions actions;

    AuditPageController(AuditSearch search, AuditActions actions) {
        this.search = search;
        this.actions = actions;
    }

    @GetMapping("/revisjon")
    String search(@RequestParam(required = false) Long pid, @RequestParam(required = false) Long courseId,
            @RequestParam(required = false) String username, @RequestParam(required = false) String action,
            @RequestParam(required = false) String unitResh,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        RegistryUser user = CurrentUser.get();
        AuditSearch.Filter filter = new AuditSearch.Filter(pid, courseId, username, action, unitResh, from, to);
        model.addAttribute("user", user);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", search.search(user, filter));
        model.addAttribute("limit", AuditSearch.LIMIT);
        model.addAttribute("actions", actions.options(LocaleContextHolder.getLocale()));
        return "audit/search";
    }
}
