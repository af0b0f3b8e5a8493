package no.smertereg.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;

/** Remembers each user's last interactive login, for the quarterly access review. */
@Component
class LastLoginRecorder {

    private final AppUserRepository users;
    private final RegistryClock clock;

    LastLoginRecorder(AppUserRepository users, RegistryClock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(u -> u.recordLogin(clock.now()));
    }
}
