package no.smertereg.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The single registry, for the parts of the platform that do not yet look a course's registry up in
 * {@link Registries} (ADR 0013, the order of the steps): with a second descriptor the application refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class RegistryBeans {

    @Bean
    RegistryDefinitions registryDefinitions(Registries registries) {
        return registries.only();
    }
}
