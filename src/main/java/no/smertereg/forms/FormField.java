package no.smertereg.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a form, as the validator needs it. {@code codes} are the allowed values of radio, select and
 * checklist fields; {@code hide} is the form-js FEEL condition (without the leading '='); {@code rules} are its
 * plausibility rules in the order the file gives them.
 */
public record FormField(String key, String type, String label, boolean required, BigDecimal min, BigDecimal max,
        Integer decimalDigits, Integer maxLength, String pattern, List<String> codes, String hide, String description,
        List<String> codeLabels, List<FormRule> rules) {

    boolean isCoded() {
        return "radio".equals(type) || "select".equals(type);
    }

    /** A number input's step: 1 for whole numbers, 0.1 for one decimal ({@code decimalDigits}), and so on. */
    public String step() {
        return decimalDigits == null || decimalDigits <= 0 ? "1"
                : BigDecimal.ONE.movePointLeft(decimalDigits).toPlainString();
    }
}
