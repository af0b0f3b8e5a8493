package no.smertereg.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled housekeeping (e.g. the nightly population-registry refresh). Pathway timers are BPMN, not this. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
