package no.smertereg.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import no.smertereg.shared.RegistryDirectory;

/** The logged-in user with the roles they hold per hospital unit (in a session: one unit of one registry). */
public final class RegistryUser implements UserDetails, CredentialsContainer {

    /** Sessions keep this object in the database: a change of its fields must change this number. */
    private static final long serialVersionUID = 3L;

    private final String username;
    private final String displayName;
    private final boolean enabled;
    private final Set<UnitRole> unitRoles;
    private final long sessionGeneration;
    private String passwordHash;
    private boolean locked;
    private boolean mustChangePassword;

    RegistryUser(String username, String displayName, String passwordHash, boolean enabled,
            Set<UnitRole> unitRoles, long sessionGeneration) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.unitRoles = Set.copyOf(unitRoles);
        this.sessionGeneration = sessionGeneration;
    }

    public static RegistryUser of(String username, Set<UnitRole> unitRoles) {
        return new RegistryUser(username, username, "", true, unitRoles, 0);
    }

    /** The account's session generation when this login was made (see {@link AppUser}). */
    long sessionGeneration() {
        return sessionGeneration;
    }

    /**
     * The registry this session works in (ADR 0013, step 5): a session holds the roles of one unit in one registry,
     * with the platform's role held in that unit; a session with the platform's role alone works in
     * {@link RegistryDirectory#PLATFORM}.
     */
    public String registryId() {
        return unitRoles.stream().filter(r -> !r.isPlatform()).map(UnitRole::registryId).sorted().findFirst()
                .orElse(RegistryDirectory.PLATFORM);
    }

    public boolean hasRole(String unitResh, Role... anyOf) {
        List<Role> wanted = Arrays.asList(anyOf);
        return unitRoles.stream().anyMatch(r -> r.unitResh().equals(unitResh) && wanted.contains(r.role()));
    }

    public boolean hasRoleAnywhere(Role role) {
        return unitRoles.stream().anyMatch(r -> r.role() == role);
    }

    /** Units in which the user holds one of the roles. */
    public Set<String> unitsWith(Role... anyOf) {
        List<Role> wanted = Arrays.asList(anyOf);
        return unitRoles.stream().filter(r -> wanted.contains(r.role())).map(UnitRole::unitResh)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<UnitRole> unitRoles() {
        return unitRoles;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Stream.concat(Stream.of(new SimpleGrantedAuthority(LoginSteps.COMPLETE)),
                unitRoles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.role().name())).distinct())
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** For the login: a locked account is refused with the same message as a wrong password. */
    RegistryUser locked(boolean isLocked) {
        this.locked = isLocked;
        return this;
    }

    /** An initial or reset password is good for the browser login's password change step only. */
    RegistryUser mustChangePassword(boolean mustChange) {
        this.mustChangePassword = mustChange;
        return this;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
