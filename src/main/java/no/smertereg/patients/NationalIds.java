package no.smertereg.patients;

import no.bekk.bekkopen.person.FodselsnummerValidator;
import no.smertereg.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks Norwegian identity numbers (S1): 11 digits with both mod-11 check digits; D-numbers add 4 to the first
 * digit; synthetic test numbers add 80 to the month. Demo mode accepts only synthetic numbers (A8: no real
 * patient data outside production); production refuses them.
 */
@Component
public class NationalIds {

    static final String FIELD = "nationalId";

    private final boolean demoMode;

    NationalIds(@Value("${registry.demo-mode:false}") boolean demoMode) {
        this.demoMode = demoMode;
        FodselsnummerValidator.ALLOW_SYNTHETIC_NUMBERS = demoMode;
    }

    /** The number without spaces, or 400 naming the field. */
    public String validate(String raw) {
        String number = raw == null ? "" : raw.replace(" ", "");
        if (!number.matches("\\d{11}")) {
            throw InvalidInputException.of(FIELD, "error.nationalId.format");
        }
        boolean synthetic = isSynthetic(number);
        if (synthetic && !demoMode) {
            throw InvalidInputException.of(FIELD, "error.nationalId.syntheticOutsideDemo");
        }
        if (!synthetic && demoMode) {
            throw InvalidInputException.of(FIELD, "error.nationalId.realInDemo");
        }
        if (!FodselsnummerValidator.isValid(number)) {
            throw InvalidInputException.of(FIELD, "error.nationalId.invalid");
        }
        return number;
    }

    static boolean isSynthetic(String number) {
        int month = Integer.parseInt(number.substring(2, 4));
        return month > 80;
    }
}
