package no.smertereg.access;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Which {@link RegistryPage}s the logged-in user's roles open, for the header ({@code ${@userPages.main(user)}},
 * {@code more(user)}) and the start page ({@code all(user)}).
 */
@Component("userPages")
public class UserPages {

    /** The pages of the user's daily work: in the header's bar. */
    public List<RegistryPage> main(RegistryUser user) {
        Set<Role> roles = roles(user);
        return Arrays.stream(RegistryPage.values()).filter(p -> p.isMainFor(roles)).toList();
    }

    /** The other pages the user may open: under "Mer" in the header. */
    public List<RegistryPage> more(RegistryUser user) {
        Set<Role> roles = roles(user);
        return Arrays.stream(RegistryPage.values()).filter(p -> !p.isMainFor(roles) && p.mayOpen(roles)).toList();
    }

    /** Every page the user may open, the daily ones first: the start page's list. */
    public List<RegistryPage> all(RegistryUser user) {
        return java.util.stream.Stream.concat(main(user).stream(), more(user).stream()).toList();
    }

    private static Set<Role> roles(RegistryUser user) {
        return user == null ? Set.of()
                : user.unitRoles().stream().map(UnitRole::role).collect(Collectors.toUnmodifiableSet());
    }
}
