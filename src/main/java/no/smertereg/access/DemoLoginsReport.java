package no.smertereg.access;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryDirectory;

/** Demo mode only: prints where the application runs and the demo logins once it is ready. */
@Component
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
class DemoLoginsReport {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginsReport.class);

    private final Environment environment;
    private final RegistryDirectory registries;

    DemoLoginsReport(Environment environment, RegistryDirectory registries) {
        this.environment = environment;
        this.registries = registries;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String units = DemoOrganisationLoader.present(registries).stream()
                .map(registry -> "   " + registries.names().get(registry.id()) + ":\n" + registry.units().stream()
                        .map(u -> String.format("    lu.%-12s lc.%-12s rapport.%-12s %s (RESH %s)", u.login(),
                                u.login(), u.login(), u.shortName(), u.resh()))
                        .collect(Collectors.joining("\n")) + registry.national().stream()
                        .map(n -> String.format("%n    %-12s %s", n.username(), n.displayName()))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
        log.info("""

                ==================================================================================
                 SmerteReg is running (demo mode: synthetic data only): {}/
                   REST API (Swagger UI): {}/swagger-ui    Tasklist/Cockpit: {}/camunda/app/
                 Demo logins, password "{}":
                {}
                    lu.<unit> clinician (LU), lc.<unit> the unit's registry responsible and user administrator (LC),
                    rapport.<unit> report reader of the unit (figures only, A7); a user of two registries chooses one
                    at login
                ==================================================================================""",
                base, base, base, DemoOrganisationLoader.DEMO_PASSWORD, units);
    }
}
