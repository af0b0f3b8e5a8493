package no.smertereg.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;

@Service
class RegistryUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    private final RegistryClock clock;

    RegistryUserDetailsService(AppUserRepository users, RegistryClock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return new RegistryUser(user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled() && user.getRemovedAt() == null, user.getRoles(), user.getSessionGeneration())
                .locked(user.isLocked(clock.now())).mustChangePassword(user.isMustChangePassword());
    }
}
