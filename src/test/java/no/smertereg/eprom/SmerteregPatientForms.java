package no.smertereg.eprom;

import no.smertereg.forms.SmerteregForms;

/** SmerteReg's patient forms as the packaged course diagram calls them, for tests. */
public final class SmerteregPatientForms {

    public static final PatientFormTypes TYPES = new PatientFormTypes(SmerteregForms.REGISTRIES);
    public static final PatientFormType PASREG = TYPES.of("PASREG");
    public static final PatientFormType HADS = TYPES.of("HADS");
    public static final PatientFormType EVAL = TYPES.of("EVAL");
    public static final PatientFormType OPIOID = TYPES.of("OPIOID");

    private SmerteregPatientForms() {
    }
}
