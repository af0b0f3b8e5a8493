package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * A descriptor's descriptive table (OPR's demography) is read as the analyst wrote it, and a row that is neither a
 * number nor a count stops the start with its label named, as does OPR's own table's FEEL that does not parse.
 */
class DescriptiveTableDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void oprsDemography_isEveryRowOfTheReportsTable_inItsOrder() throws Exception {
        RegistryDescriptor.Descriptive table = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON).of("opr")
                .descriptor().descriptive();

        assertThat(table.population()).isEqualTo("BASELINE != null");
        assertThat(table.rows()).extracting(RegistryDescriptor.DescriptiveRow::label).containsExactly("Alder (år)",
                "Varighet av smerter (år)", "Kjønn (kvinner)", "Aleneboende", "Har barn (0-18 år)",
                "Utdannelsesnivå", "Yrkesaktiv / student / militærtjeneste", "Mottaker av sosiale ytelser",
                "Selvopplevd økonomisk situasjon", "Søkt om uførepensjon", "Pågående erstatningssak (ja)");
        assertThat(table.rows().get(7).categories()).hasSize(9);
        assertThat(table.expressions()).as("population, then each row's expressions").hasSize(1 + 1 + 1 + 2 + 2 + 2
                + 5 + 2 + 10 + 4 + 2 + 2);
    }

    @Test
    void aRowWithBothANumberAndACount_orWithNeither_isRefusedWithItsLabel() {
        assertThatThrownBy(() -> JSON.readValue("{\"label\": \"Alder\", \"number\": \"patientAge\", \"answered\": "
                + "\"true\", \"count\": \"true\"}", RegistryDescriptor.DescriptiveRow.class))
                .hasStackTraceContaining("descriptive row Alder");
        assertThatThrownBy(() -> JSON.readValue("{\"label\": \"Kjønn\", \"answered\": \"patientSex != null\"}",
                RegistryDescriptor.DescriptiveRow.class)).hasStackTraceContaining("descriptive row Kjønn");
    }
}
