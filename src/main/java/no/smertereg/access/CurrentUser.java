package no.smertereg.access;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static RegistryUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                "No registry user in this request"));
    }

    /** The registry user of this request, if a registry user made it (not the engine or a job). */
    public static Optional<RegistryUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RegistryUser user
                ? Optional.of(user) : Optional.empty();
    }
}
