package no.smertereg.eprom;

/** P1: the patient forms, each with its {@code .form} file. */
public enum PatientFormType {
    PASREG("smertereg-pasreg"),
    HADS("smertereg-hads"),
    EVAL("smertereg-eval"),
    OPIOID("smertereg-opioid");

    private final String formId;

    PatientFormType(String formId) {
        this.formId = formId;
    }

    public String formId() {
        return formId;
    }
}
