package no.smertereg.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.RegistryDefinitions;

/**
 * The export's columns after the codebook's: one per field of each form the codebook does not name (a form an
 * analyst added), {@code <code>_<field key>} in the diagram's and the form file's order, present also while no
 * exported course has answered it.
 */
@Component
class ExtraColumns {

    private final List<String> names;

    ExtraColumns(RegistryDefinitions definitions, FormCatalogue catalogue) {
        List<String> columns = new ArrayList<>();
        for (FormKey form : definitions.clinicianForms()) {
            add(columns, form.code(), form.formId(), catalogue);
        }
        for (PatientFormEntry form : definitions.patientForms()) {
            add(columns, form.code(), form.formId(), catalogue);
        }
        this.names = List.copyOf(columns);
    }

    /** The columns of the forms in the files, then any other the rows hold (a form removed since). */
    List<String> of(List<CourseRow> rows) {
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(CourseRowCsv.extraColumns(rows));
        return List.copyOf(all);
    }

    private static void add(List<String> columns, String code, String formId, FormCatalogue catalogue) {
        if (CourseRowMapping.CODEBOOK_FORMS.contains(code)) {
            return;
        }
        catalogue.find(formId).map(FormDefinition::fields)
                .ifPresent(fields -> fields.forEach(f -> columns.add(code + "_" + f.key())));
    }
}
