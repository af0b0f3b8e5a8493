package no.smertereg.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts wrong passwords per account, so that the fifth in a row locks it (LoginCodes holds the rule), and for the
 * operators' metrics ({@code registry.login.failures}, per node; docs/operations.md).
 */
@Component
class LoginFailures {

    private final LoginCodes codes;
    private final Counter failures;

    LoginFailures(LoginCodes codes, MeterRegistry meters) {
        this.codes = codes;
        this.failures = Counter.builder("registry.login.failures").description("wrong passwords at login")
                .register(meters);
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        failures.increment();
        codes.passwordFailed(event.getAuthentication().getName());
    }
}
