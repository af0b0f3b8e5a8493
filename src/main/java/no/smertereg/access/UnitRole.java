package no.smertereg.access;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One role a user holds in one hospital unit. */
@Embeddable
public record UnitRole(@Column(name = "unit_resh") String unitResh, @Enumerated(EnumType.STRING) Role role)
        implements Serializable {
}
