package no.smertereg.eprom;

/** P1: the patient forms, each with its {@code .form} file and its minutes after 16:30 (HADS two minutes later). */
public enum PatientFormType {
    PASREG("smertereg-pasreg", 0),
    HADS("smertereg-hads", 2),
    EVAL("smertereg-eval", 0),
    OPIOID("smertereg-opioid", 0);

    private final String formId;
    private final int minutesAfterDispatch;

    PatientFormType(String formId, int minutesAfterDispatch) {
        this.formId = formId;
        this.minutesAfterDispatch = minutesAfterDispatch;
    }

    public String formId() {
        return formId;
    }

    int minutesAfterDispatch() {
        return minutesAfterDispatch;
    }
}
