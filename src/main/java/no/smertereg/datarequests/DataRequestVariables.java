package no.smertereg.datarequests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormField;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.RegistryDefinitions;

/**
 * The variables a registry can deliver, named {@code <form code>.<field>} as its forms name them (the codebook's names):
 * every answer of its clinician and patient forms except free text, which may name the patient or others and is
 * never delivered.
 */
@Component
class DataRequestVariables {

    private static final String FREE_TEXT = "textarea";

    private final FormCatalogue catalogue;

    DataRequestVariables(FormCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** By form label, the variable names of the form, in the registry's order. */
    Map<String, List<String>> of(RegistryDefinitions registry) {
        Map<String, List<String>> byForm = new LinkedHashMap<>();
        for (FormKey form : registry.clinicianForms()) {
            add(byForm, form.label(), form.code(), form.formId());
        }
        for (PatientFormEntry form : registry.patientForms()) {
            add(byForm, form.code(), form.code(), form.formId());
        }
        return byForm;
    }

    /** Every variable the registry delivers. */
    Set<String> names(RegistryDefinitions registry) {
        Set<String> names = new HashSet<>();
        of(registry).values().forEach(names::addAll);
        return names;
    }

    private void add(Map<String, List<String>> byForm, String label, String code, String formId) {
        catalogue.find(formId).ifPresent(definition -> {
            List<String> names = new ArrayList<>();
            for (FormField field : definition.fields()) {
                if (!FREE_TEXT.equals(field.type())) {
                    names.add(code + "." + field.key());
                }
            }
            if (!names.isEmpty()) {
                byForm.computeIfAbsent(label, l -> new ArrayList<>()).addAll(names);
            }
        });
    }
}
