package no.smertereg.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per account, so that the fifth in a row locks it (LoginCodes holds the rule). */
@Component
class LoginFailures {

    private final LoginCodes codes;

    LoginFailures(LoginCodes codes) {
        this.codes = codes;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        codes.passwordFailed(event.getAuthentication().getName());
    }
}
