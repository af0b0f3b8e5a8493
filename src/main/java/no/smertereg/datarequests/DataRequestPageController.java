package no.smertereg.datarequests;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/**
 * {@code /utleveringer}: the registry's data requests (the annual report's project list), a new application (SC), and
 * a request's page where the council records its decision and SC the agreement, downloads the extract and keeps the
 * project's status. A refused form comes back with what was typed and the field named.
 */
@Controller
class DataRequestPageController {

    private static final String LIST = "datarequests/list";
    private static final String DETAIL = "datarequests/detail";

    private final DataRequests requests;
    private final PageMessages messages;

    DataRequestPageController(DataRequests requests, PageMessages messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/utleveringer")
    String list(Model model) {
        return list(model, Map.of(), Map.of());
    }

    @PostMapping("/utleveringer")
    String apply(@RequestParam Map<String, String> fields, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            DataRequestRow row = requests.apply(fields);
            redirect.addFlashAttribute("message", "datarequests.applied");
            return "redirect:/utleveringer/" + row.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return list(model, fields, messages.byField(e));
        }
    }

    @GetMapping("/utleveringer/{dataRequest}")
    String detail(@PathVariable("dataRequest") Long id, Model model) {
        return detail(id, model, Map.of(), Map.of());
    }

    @PostMapping("/utleveringer/{dataRequest}/vedtak")
    String decide(@PathVariable("dataRequest") Long id, @RequestParam Map<String, String> fields,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return change(id, fields, response, model, redirect, "datarequests.decided",
                () -> requests.decide(id, fields));
    }

    @PostMapping("/utleveringer/{dataRequest}/avtale")
    String agree(@PathVariable("dataRequest") Long id, @RequestParam Map<String, String> fields,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return change(id, fields, response, model, redirect, "datarequests.agreed",
                () -> requests.agree(id, fields));
    }

    @PostMapping("/utleveringer/{dataRequest}/status")
    String status(@PathVariable("dataRequest") Long id, @RequestParam Map<String, String> fields,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return change(id, fields, response, model, redirect, "datarequests.statusSaved",
                () -> requests.projectStatus(id, fields.get("projectStatus")));
    }

    @GetMapping("/utleveringer/{dataRequest}/uttrekk.csv")
    ResponseEntity<byte[]> extract(@PathVariable("dataRequest") Long id) {
        DataRequests.Extract extract = requests.download(id);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(extract.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(extract.content());
    }

    private String change(Long id, Map<String, String> fields, HttpServletResponse response, Model model,
            RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return detail(id, model, fields, messages.byField(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/utleveringer/" + id;
    }

    private String list(Model model, Map<String, String> values, Map<String, String> problems) {
        RegistryUser user = CurrentUser.get();
        model.addAttribute("requests", requests.list());
        model.addAttribute("catalogue", requests.catalogue());
        model.addAttribute("user", user);
        model.addAttribute("mayRegister", DataRequests.mayRegister(user));
        model.addAttribute("values", new LinkedHashMap<>(values));
        model.addAttribute("problems", problems);
        return LIST;
    }

    private String detail(Long id, Model model, Map<String, String> values, Map<String, String> problems) {
        RegistryUser user = CurrentUser.get();
        model.addAttribute("request", requests.get(id));
        model.addAttribute("user", user);
        model.addAttribute("mayRegister", DataRequests.mayRegister(user));
        model.addAttribute("mayDecide", DataRequests.mayDecide(user));
        model.addAttribute("values", new LinkedHashMap<>(values));
        model.addAttribute("problems", problems);
        return DETAIL;
    }
}
