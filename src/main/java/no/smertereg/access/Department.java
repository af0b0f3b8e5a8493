package no.smertereg.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A department (avdeling) of a hospital unit, where patients are admitted. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitResh;
    private String name;
    private String shortName;
    private boolean active = true;

    protected Department() {
    }

    public Department(String unitResh, String name, String shortName) {
        this.unitResh = unitResh;
        this.name = name;
        this.shortName = shortName;
    }

    /** Renamed or retired; a retired one stays on old courses but is not offered for new ones. */
    void describe(String name, String shortName, boolean active) {
        this.name = name;
        this.shortName = shortName;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getUnitResh() {
        return unitResh;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public boolean isActive() {
        return active;
    }
}
