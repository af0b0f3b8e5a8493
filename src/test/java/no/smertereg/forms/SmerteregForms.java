package no.smertereg.forms;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** SmerteReg's clinician forms as the packaged diagram and descriptor give them, for tests. */
public final class SmerteregForms {

    public static final Registries REGISTRIES = read();
    public static final RegistryDefinitions DEFINITIONS = REGISTRIES.of("smertereg");
    public static final FormKey TO = DEFINITIONS.form("TO");
    public static final FormKey B11 = DEFINITIONS.form("B11");
    public static final FormKey B12 = DEFINITIONS.form("B12");
    public static final FormKey B21 = DEFINITIONS.form("B21");
    public static final FormKey B22 = DEFINITIONS.form("B22");
    /** The registries' routing rules with the real FEEL engine. */
    public static final RegistryRouting ROUTING = new RegistryRouting(new FormConditions(
            new no.smertereg.shared.RegistryClock()), REGISTRIES);

    private SmerteregForms() {
    }

    private static Registries read() {
        try {
            return Registries.read(RegistryDefinitions.DEFAULT_LOCATION,
                    new ObjectMapper().registerModule(new JavaTimeModule()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
