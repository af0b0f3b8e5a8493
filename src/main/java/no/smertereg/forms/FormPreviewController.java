package no.smertereg.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.smertereg.access.CurrentUser;
import no.smertereg.shared.NotFoundException;

/**
 * The form files on the registry's own page (issue 18): every {@code .form} in {@code forms/}, Tasklist-only ones
 * too, rendered as a clinician form page renders it, with its conditions applied as the answers and the platform's
 * variables chosen on the page decide. Nothing is saved. For every logged-in user, as the form definitions' API.
 */
@Controller
class FormPreviewController {

    private final FormCatalogue catalogue;
    private final FormVisibility visibility;

    FormPreviewController(FormCatalogue catalogue, FormVisibility visibility) {
        this.catalogue = catalogue;
        this.visibility = visibility;
    }

    @GetMapping("/skjemaer")
    String list(Model model) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("formIds", catalogue.ids().stream().sorted().toList());
        return "forms/list";
    }

    @GetMapping("/skjemaer/{formId}")
    String preview(@PathVariable String formId, Model model) {
        FormDefinition form = catalogue.find(formId)
                .orElseThrow(() -> new NotFoundException("error.formDefinition.notFound", formId));
        Map<String, Object> chosen = visibility.newCourseVariables(form);
        Map<String, List<String>> variables = new LinkedHashMap<>(visibility.variableValues());
        Set<String> hidden = visibility.preview(form, Map.of(), chosen);
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("definition", form);
        model.addAttribute("variables", variables);
        model.addAttribute("chosen", chosen);
        model.addAttribute("answers", Map.of());
        model.addAttribute("problems", Map.of());
        model.addAttribute("hidden", hidden);
        return "forms/preview";
    }
}
