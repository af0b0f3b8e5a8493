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

/** "Min side": who is logged in, for which unit and roles, and the password change (A4). */
@RestController
@Tag(name = "Min side / my page")
class MyPageController {

    /** {@code registryId}: the registry the session works in ({@code platform} for the system manager alone). */
    record Me(String username, String displayName, String registryId, List<UnitRole> roles) {
    }

    record PasswordChangeRequest(String oldPassword, String newPassword) {
    }

    private final OwnPasswordChange passwords;
    private final LoginSteps steps;

    MyPageController(OwnPasswordChange passwords, LoginSteps steps) {
        this.passwords = passwords;
        this.steps = steps;
    }

    @Operation(summary = "The logged-in user, the session's registry and the roles of the session's unit")
    @GetMapping("/api/me")
    Me me() {
        RegistryUser user = CurrentUser.get();
        return new Me(user.getUsername(), user.displayName(), user.registryId(), List.copyOf(user.unitRoles()));
    }

    @Operation(summary = "Change my password: the old one, and a new one of at least 12 characters with upper and "
            + "lower case, a digit and a symbol (400 names the rules broken; a wrong old password counts as a failed "
            + "login: 429 after too many from one address, and five in a row lock the account)")
    @PostMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChangeRequest request, HttpServletRequest http,
            HttpServletResponse response) {
        long generation = passwords.change(http, CurrentUser.get().getUsername(), request.oldPassword(),
                request.newPassword());
        steps.keepThisSession(http, response, generation);
        return ResponseEntity.noContent().build();
    }
}
