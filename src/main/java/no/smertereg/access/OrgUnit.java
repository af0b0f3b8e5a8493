package no.smertereg.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hospital unit identified by its RESH id; the unit that owns courses and is the engine's tenant. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @Column(name = "resh_id")
    private String reshId;
    private String name;
    private String shortName;
    private String healthTrust;
    private String healthRegion;
    private boolean national;

    protected OrgUnit() {
    }

    public OrgUnit(String reshId, String name, String shortName, String healthTrust, String healthRegion,
            boolean national) {
        this.reshId = reshId;
        this.name = name;
        this.shortName = shortName;
        this.healthTrust = healthTrust;
        this.healthRegion = healthRegion;
        this.national = national;
    }

    /** The system manager renames the unit or moves it to another HF or RHF; the RESH id never changes. */
    void describe(String name, String shortName, String healthTrust, String healthRegion) {
        this.name = name;
        this.shortName = shortName;
        this.healthTrust = healthTrust;
        this.healthRegion = healthRegion;
    }

    public String getReshId() {
        return reshId;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getHealthTrust() {
        return healthTrust;
    }

    public String getHealthRegion() {
        return healthRegion;
    }

    public boolean isNational() {
        return national;
    }
}
