package no.smertereg.access.engineapi;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import no.smertereg.access.EngineTenants;

/** The guard sits right after Spring Security's login and before Camunda's own filters and resources. */
@Configuration
class EngineApiGuardConfig {

    /** Camunda's authentication filters come after the guard (see access.CamundaWebAuthentication). */
    public static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(ProcessEngine engine, MessageSource messages,
            LocaleResolver locales, EngineTenants tenants) {
        FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
                new EngineApiGuard(new EngineObjects(engine), new EngineRefusals(messages), locales, tenants));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
