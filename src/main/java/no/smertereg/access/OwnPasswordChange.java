package no.smertereg.access;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.TooManyRequestsException;

/**
 * A user changing their own password, on "Min side", through the API or in the login's forced change: a wrong
 * current password counts like a wrong password at login (per client address, 429 over the limit; five in a row
 * lock the account, which ends its sessions), so a taken-over session cannot guess its way to the password. An
 * empty current password is no guess and does not count.
 */
@Component
class OwnPasswordChange {

    private final PasswordChange passwords;
    private final LoginThrottle throttle;
    private final LoginCodes codes;

    OwnPasswordChange(PasswordChange passwords, LoginThrottle throttle, LoginCodes codes) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.codes = codes;
    }

    /** Answers the account's new session generation; 429 over the address's limit, 400 naming the fields. */
    long change(HttpServletRequest request, String username, String oldPassword, String newPassword) {
        if (!throttle.allow(request)) {
            throw new TooManyRequestsException("login.throttled");
        }
        try {
            long generation = passwords.change(username, oldPassword, newPassword);
            throttle.succeeded(request);
            return generation;
        } catch (InvalidInputException e) {
            boolean aGuess = oldPassword != null && !oldPassword.isEmpty();
            if (aGuess && e.problems().stream().anyMatch(p -> p.field().equals("oldPassword"))) {
                codes.passwordFailed(username);
            } else {
                throttle.succeeded(request);
            }
            throw e;
        }
    }
}
