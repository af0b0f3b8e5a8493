package no.smertereg.privacy;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the privacy diagrams deployed before issue 17 call, kept for their running cases until a system manager
 * moves them to the newest version (/prosessversjoner). Each is the one privacy bean. (Their deadline expressions
 * were evaluated when the case started.)
 */
@Configuration
class EarlierPrivacyDiagrams {

    @Bean
    TaskListener privacyTaskCompleteListener(PrivacyPathway privacy) {
        return privacy::taskCompleted;
    }

    @Bean
    JavaDelegate remindSecretariatDelegate(PrivacyPathway privacy) {
        return privacy::remindSecretariat;
    }

    @Bean
    JavaDelegate escalateToRegistryLeaderDelegate(PrivacyPathway privacy) {
        return privacy::escalateToRegistryLeader;
    }

    @Bean
    JavaDelegate recordDeadlinePassedDelegate(PrivacyPathway privacy) {
        return privacy::recordDeadlinePassed;
    }
}
