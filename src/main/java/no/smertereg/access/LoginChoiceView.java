package no.smertereg.access;

import java.util.List;
import java.util.Map;

import no.smertereg.shared.RegistryDirectory;

/**
 * A choice of unit as the login and Min side show it: the unit's name, the registry's name where the user holds roles
 * in several registries, and the roles; never a bare RESH id, registry id or role code. {@code value} is what the
 * form sends: the unit alone where the user has it in one registry, else {@code registry:unit} ({@link LoginChoice}).
 * {@code id} is the page element's id ({@code unit-<resh>}, with the registry's id where the registry is named).
 */
record LoginChoiceView(String value, String id, String registry, String resh, String name, List<Role> roles,
        boolean current) {

    static List<LoginChoiceView> of(Map<LoginChoice, List<Role>> choices, LoginChoice current,
            OrganisationService organisation, RegistryDirectory registries) {
        boolean named = choices.keySet().stream().map(LoginChoice::registryId)
                .filter(r -> !RegistryDirectory.PLATFORM.equals(r)).distinct().count() > 1;
        return choices.entrySet().stream().map(e -> {
            LoginChoice choice = e.getKey();
            boolean platform = RegistryDirectory.PLATFORM.equals(choice.registryId());
            boolean unitAlone = choices.keySet().stream().filter(c -> c.unitResh().equals(choice.unitResh()))
                    .count() == 1;
            return new LoginChoiceView(unitAlone ? choice.unitResh() : choice.value(),
                    named ? "unit-" + choice.registryId() + "-" + choice.unitResh() : "unit-" + choice.unitResh(),
                    named && !platform ? registries.nameOf(choice.registryId()) : null, choice.unitResh(),
                    organisation.unit(choice.unitResh()).map(OrgUnit::getName).orElse(choice.unitResh()),
                    e.getValue(), choice.equals(current));
        }).toList();
    }
}
