package no.smertereg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature modules (course, eprom, forms, fhir, patients, access, notification, operations, privacy, audit,
 * reports, migration, web, shared) and the engine module they contribute to talk only through each other's top-level
 * types, never through another module's nested packages, and without cycles.
 */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules modules = ApplicationModules.of(RegistryApplication.class);

        assertThat(modules.stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder("access", "audit", "course", "datarequests", "duties", "engine", "eprom", "fhir", "files",
                        "forms", "migration", "notification", "operations", "patients", "privacy", "reports", "shared",
                        "web");
        modules.verify();
    }
}
