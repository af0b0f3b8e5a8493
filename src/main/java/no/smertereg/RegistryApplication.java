package no.smertereg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import no.smertereg.shared.TimeZoneGuard;

@SpringBootApplication
public class RegistryApplication {

    public static void main(String[] args) {
        TimeZoneGuard.requireOsloOrExplicitOverride();
        SpringApplication.run(RegistryApplication.class, args);
    }
}
