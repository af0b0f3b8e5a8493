package no.smertereg.access;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Demo mode only: prints where the application runs and the demo logins once it is ready. */
@Component
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
class DemoLoginsReport {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginsReport.class);

    private final Environment environment;

    DemoLoginsReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String units = DemoOrganisationLoader.UNITS.stream()
                .map(u -> String.format("    lu.%-12s lc.%-12s rapport.%-12s %s (RESH %s)", u.login(), u.login(),
                        u.login(), u.shortName(), u.resh()))
                .collect(Collectors.joining("\n"));
        log.info("""

                ==================================================================================
                 SmerteReg is running (demo mode: synthetic data only): {}/
                   REST API (Swagger UI): {}/swagger-ui    Tasklist/Cockpit: {}/camunda/app/
                 Demo logins, password "{}":
                {}
                    sc    registry leader (SC), national courses
                    admin system manager (Camunda admin, no patient data)
                    sekretariat  the national secretariat (reservations, patient-rights requests)
                    rapport.<unit>  report reader of the unit (figures only, A7)
                ==================================================================================""",
                base, base, base, DemoOrganisationLoader.DEMO_PASSWORD, units);
    }
}
