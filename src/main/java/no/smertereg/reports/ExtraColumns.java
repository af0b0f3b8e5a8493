package no.smertereg.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;

/**
 * A registry's export columns after the codebook's: one per coded field (choices, numbers, dates, checkboxes) of each
 * of its forms the codebook does not name (a form an analyst added), {@code <code>_<field key>} in the diagram's and
 * the form file's order, present also while no exported course has answered it. Free text is never exported (the
 * codebook's columns are the data-minimised set; its one text column, Journalnotat, is reduced to 1 or 0).
 */
@Component
class ExtraColumns {

    private static final Set<String> FREE_TEXT = Set.of("textfield", "textarea");

    private final Map<String, List<String>> namesByRegistry = new HashMap<>();

    ExtraColumns(Registries registries, FormCatalogue catalogue) {
        for (RegistryDefinitions registry : registries.all()) {
            namesByRegistry.put(registry.descriptor().id(), columns(registry, catalogue));
        }
    }

    /** The registry's columns of the forms in the files (a form removed since is no longer exported). */
    List<String> names(String registryId) {
        return namesByRegistry.getOrDefault(registryId, List.of());
    }

    private static List<String> columns(RegistryDefinitions registry, FormCatalogue catalogue) {
        List<String> columns = new ArrayList<>();
        for (FormKey form : registry.clinicianForms()) {
            add(columns, form.code(), form.formId(), catalogue);
        }
        for (PatientFormEntry form : registry.patientForms()) {
            add(columns, form.code(), form.formId(), catalogue);
        }
        return List.copyOf(columns);
    }

    private static void add(List<String> columns, String code, String formId, FormCatalogue catalogue) {
        if (CourseRowMapping.CODEBOOK_FORMS.contains(code)) {
            return;
        }
        catalogue.find(formId).map(FormDefinition::fields)
                .ifPresent(fields -> fields.stream().filter(f -> !FREE_TEXT.contains(f.type()))
                        .forEach(f -> columns.add(code + "_" + f.key())));
    }
}
