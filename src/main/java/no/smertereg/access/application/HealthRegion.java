package no.smertereg.access.application;

/** The regional health authorities (RHF); the label is the unit's {@code healthRegion}. */
public enum HealthRegion {
    HELSE_NORD("Helse Nord"),
    HELSE_MIDT_NORGE("Helse Midt-Norge"),
    HELSE_VEST("Helse Vest"),
    HELSE_SOR_OST("Helse Sør-Øst");

    private final String label;

    HealthRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
