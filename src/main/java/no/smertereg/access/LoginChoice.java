package no.smertereg.access;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.smertereg.shared.RegistryDirectory;

/**
 * What a login chooses (ADR 0004, ADR 0013 step 5): one unit in one registry. The session then holds the user's roles
 * in that unit of that registry, and the platform's role (system manager) where the user holds it in that unit; a
 * unit where the user holds the platform's role only is a choice of its own.
 */
record LoginChoice(String registryId, String unitResh) {

    private static final String SEPARATOR = ":";
    private static final Comparator<LoginChoice> ORDER = Comparator.comparing(LoginChoice::unitResh)
            .thenComparing(LoginChoice::registryId);

    /** How the choice is sent by the login's and Min side's forms. */
    String value() {
        return registryId + SEPARATOR + unitResh;
    }

    /** The roles this choice gives, from all the user's roles. */
    Set<UnitRole> rolesFrom(Collection<UnitRole> roles) {
        return roles.stream().filter(r -> r.heldIn(registryId, unitResh)).collect(Collectors.toUnmodifiableSet());
    }

    /** Every choice the roles give, in the order of unit and registry, with the roles each gives (sorted). */
    static Map<LoginChoice, List<Role>> of(Collection<UnitRole> roles) {
        Set<LoginChoice> choices = new LinkedHashSet<>();
        roles.stream().filter(r -> !r.isPlatform()).forEach(r -> choices.add(new LoginChoice(r.registryId(),
                r.unitResh())));
        roles.stream().filter(UnitRole::isPlatform)
                .filter(p -> choices.stream().noneMatch(c -> c.unitResh().equals(p.unitResh())))
                .forEach(p -> choices.add(new LoginChoice(RegistryDirectory.PLATFORM, p.unitResh())));
        Map<LoginChoice, List<Role>> result = new TreeMap<>(ORDER);
        choices.forEach(c -> result.put(c, c.rolesFrom(roles).stream().map(UnitRole::role).sorted().distinct()
                .toList()));
        return result;
    }

    /**
     * The choice a form sent: {@code registry:unit}, or a unit alone where the user has it in one registry only (the
     * form of the platform with one registry). Empty when it names none of the user's choices.
     */
    static Optional<LoginChoice> parse(String value, Set<LoginChoice> choices) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int at = value.indexOf(SEPARATOR);
        if (at >= 0) {
            LoginChoice chosen = new LoginChoice(value.substring(0, at), value.substring(at + 1));
            return choices.contains(chosen) ? Optional.of(chosen) : Optional.empty();
        }
        List<LoginChoice> inUnit = choices.stream().filter(c -> c.unitResh().equals(value)).toList();
        return inUnit.size() == 1 ? Optional.of(inUnit.get(0)) : Optional.empty();
    }
}
