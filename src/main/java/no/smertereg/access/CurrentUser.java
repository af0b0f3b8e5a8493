package no.smertereg.access;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static RegistryUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RegistryUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("No registry user in this request");
    }
}
