package no.smertereg.access;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.shared.ForbiddenException;

@RestController
@Tag(name = "Brukeradministrasjon / user administration")
class UserAdminController {

    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Remove a user's access to your units (A5)",
            description = "User administrators only. The user loses their roles in the units you administer; a user "
                    + "left with none leaves the user list, and what they registered stays. 404 for a user who holds "
                    + "no role in your units.")
    @PostMapping("/api/access/users/{username}/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String username) {
        RegistryUser admin = CurrentUser.get();
        Set<String> units = admin.unitsWith(Role.USER_ADMIN);
        if (units.isEmpty()) {
            throw new ForbiddenException("error.forbidden.userAdmin");
        }
        if (admin.getUsername().equals(username)) {
            throw new ForbiddenException("error.forbidden.removeSelf");
        }
        accounts.revoke(username, admin.registryId(), units, admin.getUsername());
    }

    @Operation(summary = "Remove a former user's e-mail address (A5)",
            description = "Local coordinators (LC) only, for users removed from one of their units, so that no mail "
                    + "reaches them.")
    @DeleteMapping("/api/access/users/{username}/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeEmail(@PathVariable String username) {
        RegistryUser lc = CurrentUser.get();
        Set<String> units = lc.unitsWith(Role.LC);
        if (units.isEmpty()) {
            throw new ForbiddenException("error.forbidden.lcOnly");
        }
        accounts.removeFormerUsersEmail(username, lc.registryId(), units);
    }
}
