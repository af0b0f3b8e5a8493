package no.smertereg.access;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/** The principal of a session between the password and the end of the login: who, under which session generation. */
record LoginInProgress(String username, long sessionGeneration) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
