package no.smertereg.course;

/** S5: the course type decided by TO. */
public enum CourseType {
    /** Not seen: only TO and B1.1. */
    TYPE_1(1),
    /** Seen, inclusion criteria not met: TO and all clinician forms. */
    TYPE_2(2),
    /** Seen and included: all clinician forms and the patient forms. */
    TYPE_3(3);

    private final int code;

    CourseType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Only a type 3 course sends patient forms (Pasreg, HADS, Eval, Opioid). */
    public boolean includesPatientForms() {
        return this == TYPE_3;
    }

    public static CourseType ofCode(Integer code) {
        for (CourseType type : values()) {
            if (code != null && type.code == code) {
                return type;
            }
        }
        return null;
    }
}
