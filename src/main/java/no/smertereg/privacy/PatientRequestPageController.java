package no.smertereg.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
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
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/** The secretariat's patient-rights page: log a request, download an access export, close with the outcome. */
@Controller
class PatientRequestPageController {

    private final PatientRequests requests;
    private final ExportRenderer renderer;
    private final PageMessages messages;

    PatientRequestPageController(PatientRequests requests, ExportRenderer renderer, PageMessages messages) {
        this.requests = requests;
        this.renderer = renderer;
        this.messages = messages;
    }

    @GetMapping("/pasientrettigheter")
    String page(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/pasientrettigheter")
    String receive(@RequestParam Map<String, String> params, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            requests.receive(params.get("patient"), PageInput.option(RequestKind.class, params.get("kind"), "kind"),
                    PageInput.date(params.get("receivedOn"), "receivedOn"));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, params, messages.byField(e));
        }
        redirect.addFlashAttribute("message", "requests.received.done");
        return "redirect:/pasientrettigheter";
    }

    @PostMapping("/pasientrettigheter/{id}/avslutning")
    String close(@PathVariable Long id, @RequestParam(defaultValue = "") String outcome,
            RedirectAttributes redirect) {
        try {
            requests.close(id, outcome);
            redirect.addFlashAttribute("message", "requests.closed.done");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/pasientrettigheter";
    }

    @GetMapping("/pasientrettigheter/{id}/innsyn.json")
    ResponseEntity<byte[]> exportJson(@PathVariable Long id) {
        PatientExport.Document document = requests.export(id);
        return download(renderer.json(document), MediaType.APPLICATION_JSON, "innsyn-pid-" + document.pid() + ".json");
    }

    @GetMapping("/pasientrettigheter/{id}/innsyn.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable Long id, Locale locale) {
        PatientExport.Document document = requests.export(id);
        return download(renderer.pdf(document, locale), MediaType.APPLICATION_PDF,
                "innsyn-pid-" + document.pid() + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    private String page(Model model, Map<String, String> values, Map<String, String> problems) {
        model.addAttribute("open", requests.open());
        model.addAttribute("recent", requests.recentlyClosed());
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("values", new LinkedHashMap<>(values));
        model.addAttribute("problems", problems);
        return "privacy/requests";
    }
}
