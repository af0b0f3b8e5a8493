package no.smertereg.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.TooManyRequestsException;

/** "Min side": who is logged in, for which unit and roles, and the password change (A4). */
@RestController
@Tag(name = "Min side / my page")
class MyPageController {

    record Me(String username, String displayName, List<UnitRole> roles) {
    }

    record PasswordChangeRequest(String oldPassword, String newPassword) {
    }

    private final PasswordChange passwords;
    private final LoginSteps steps;
    private final LoginThrottle throttle;
    private final LoginCodes codes;

    MyPageController(PasswordChange passwords, LoginSteps steps, LoginThrottle throttle, LoginCodes codes) {
        this.passwords = passwords;
        this.steps = steps;
        this.throttle = throttle;
        this.codes = codes;
    }

    @Operation(summary = "The logged-in user and the roles of the session's unit")
    @GetMapping("/api/me")
    Me me() {
        RegistryUser user = CurrentUser.get();
        return new Me(user.getUsername(), user.displayName(), List.copyOf(user.unitRoles()));
    }

    /**
     * As on the page "Min side": a wrong current password counts like a wrong password at login (per client address,
     * 429 when over the limit; five in a row lock the account, which ends its sessions), so a taken-over session
     * cannot guess its way to the account.
     */
    @Operation(summary = "Change my password: the old one, and a new one of at least 12 characters with upper and "
            + "lower case, a digit and a symbol (400 names the rules broken; a wrong old password counts as a failed "
            + "login: 429 after too many from one address, and five in a row lock the account)")
    @PostMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChangeRequest request, HttpServletRequest http,
            HttpServletResponse response) {
        String username = CurrentUser.get().getUsername();
        if (!throttle.allow(http)) {
            throw new TooManyRequestsException("login.throttled");
        }
        long generation;
        try {
            generation = passwords.change(username, request.oldPassword(), request.newPassword());
        } catch (InvalidInputException e) {
            if (e.problems().stream().anyMatch(p -> p.field().equals("oldPassword"))) {
                codes.passwordFailed(username);
            } else {
                throttle.succeeded(http);
            }
            throw e;
        }
        throttle.succeeded(http);
        steps.keepThisSession(http, response, generation);
        return ResponseEntity.noContent().build();
    }
}
