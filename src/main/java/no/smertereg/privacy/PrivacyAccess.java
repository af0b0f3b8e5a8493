package no.smertereg.privacy;

import org.springframework.stereotype.Component;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UserAccounts;
import no.smertereg.shared.ForbiddenException;

/**
 * R3, R4: reservations and patient-rights requests are the secretariat's work; the registry leadership (SC) of a
 * registry that has the secretariat may help, another registry's may not.
 */
@Component
class PrivacyAccess {

    private final UserAccounts accounts;

    PrivacyAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    RegistryUser requireSecretariat() {
        RegistryUser user = CurrentUser.get();
        if (!user.hasRoleAnywhere(Role.SECRETARIAT) && !(user.hasRoleAnywhere(Role.SC)
                && accounts.registriesWithSecretariat().contains(user.registryId()))) {
            throw new ForbiddenException("error.privacy.secretariatOnly");
        }
        return user;
    }
}
