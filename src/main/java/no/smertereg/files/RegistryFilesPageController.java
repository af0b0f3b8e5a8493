package no.smertereg.files;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;

/**
 * {@code /registerfiler}: the published files for every logged-in user, each downloaded as an attachment; for SC
 * the upload form (title and PDF file, errors at the field, the title kept) and a "Fjern" button per file.
 */
@Controller
class RegistryFilesPageController {

    private final RegistryFiles files;
    private final PageMessages messages;

    RegistryFilesPageController(RegistryFiles files, PageMessages messages) {
        this.files = files;
        this.messages = messages;
    }

    @GetMapping(RegistryFilesSettings.UPLOAD_PATH)
    String page(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping(RegistryFilesSettings.UPLOAD_PATH)
    String publish(@RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            RegistryFile published = files.publish(CurrentUser.get(), title, file);
            redirect.addFlashAttribute("published", published.title());
        } catch (InvalidInputException e) {
            response.setStatus(e.status().value());
            Map<String, String> values = new LinkedHashMap<>();
            values.put(RegistryFiles.FIELD_TITLE, title == null ? "" : title);
            return page(model, values, messages.byField(e));
        }
        return "redirect:" + RegistryFilesSettings.UPLOAD_PATH;
    }

    @GetMapping(RegistryFilesSettings.UPLOAD_PATH + "/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        FileContent content = files.content(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }

    @PostMapping(RegistryFilesSettings.UPLOAD_PATH + "/{id}/fjerning")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        try {
            files.retire(CurrentUser.get(), id);
            redirect.addFlashAttribute("message", "files.retired");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:" + RegistryFilesSettings.UPLOAD_PATH;
    }

    private String page(Model model, Map<String, String> values, Map<String, String> problems) {
        RegistryUser user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("files", files.listed());
        model.addAttribute("mayPublish", RegistryFiles.mayPublish(user));
        model.addAttribute("maxSize", RegistryFiles.readable(files.maxSize()));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "files/files";
    }
}
