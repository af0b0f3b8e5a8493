package no.smertereg.access;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.smertereg.shared.RegistryDirectory;

/**
 * One role a user holds in one hospital unit of one registry (ADR 0013, step 5). The platform's own role, the system
 * manager's, is held in no registry: its registry is always {@link RegistryDirectory#PLATFORM}.
 */
@Embeddable
public record UnitRole(@Column(name = "registry_id") String registryId, @Column(name = "unit_resh") String unitResh,
        @Enumerated(EnumType.STRING) Role role) implements Serializable {

    public UnitRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitResh, "unitResh");
        registryId = role.isPlatform() ? RegistryDirectory.PLATFORM : Objects.requireNonNull(registryId, "registryId");
    }

    /** Held for the whole platform rather than in a registry. */
    public boolean isPlatform() {
        return role.isPlatform();
    }

    /** Held in the unit of the registry: a role of that registry there, or the platform's role held in the unit. */
    public boolean heldIn(String registry, String unit) {
        return unitResh.equals(unit) && (isPlatform() || registryId.equals(registry));
    }
}
