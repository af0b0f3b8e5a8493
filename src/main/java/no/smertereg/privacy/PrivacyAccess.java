package no.smertereg.privacy;

import org.springframework.stereotype.Component;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ForbiddenException;

/** R3, R4: reservations and patient-rights requests are the secretariat's work; the registry leadership (SC) may help. */
@Component
class PrivacyAccess {

    RegistryUser requireSecretariat() {
        RegistryUser user = CurrentUser.get();
        if (!user.hasRoleAnywhere(Role.SECRETARIAT) && !user.hasRoleAnywhere(Role.SC)) {
            throw new ForbiddenException("error.privacy.secretariatOnly");
        }
        return user;
    }
}
