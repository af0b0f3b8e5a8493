package no.smertereg.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.web.ControlCharacters;

/**
 * Checks answers against their {@code .form} definition, whichever way they arrive (registry API, pages or
 * Tasklist): known fields only, allowed codes, types, ranges, patterns, no control characters in text, the fields'
 * rules (drafts too); on finalise also every required field that the form's conditions show. Answers to hidden
 * fields are dropped, as form-js does. Every problem is named. The fixed date range below only guards parsing: plausible dates are the forms' rules.
 */
@Component
public class FormValidator {

    private static final int MAX_TEXT = 2000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final FormConditions conditions;
    private final FormRules rules;

    FormValidator(FormConditions conditions, FormRules rules) {
        this.conditions = conditions;
        this.rules = rules;
    }

    /** Normalised answers (codes as strings, numbers as numbers, dates as yyyy-MM-dd), or 400. */
    public Map<String, Object> validate(FormDefinition form, Map<String, ?> answers, boolean complete) {
        return validate(form, answers, complete, Map.of());
    }

    /**
     * As {@link #validate(FormDefinition, Map, boolean)}, with the answers saved on the course's other forms, which
     * the fields' rules may refer to.
     */
    public Map<String, Object> validate(FormDefinition form, Map<String, ?> answers, boolean complete,
            Map<String, Object> courseAnswers) {
        return validate(form, answers, complete, courseAnswers, Map.of());
    }

    /**
     * As {@link #validate(FormDefinition, Map, boolean, Map)}, with the platform's variables ({@link FormVariables})
     * that the form's conditions may refer to.
     */
    public Map<String, Object> validate(FormDefinition form, Map<String, ?> answers, boolean complete,
            Map<String, Object> courseAnswers, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = read(form, answers, problems, this::normalise);
        Set<String> hidden = conditions.hidden(form, context(form, values, variables));
        Map<String, Object> result = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (hidden.contains(field.key())) {
                continue;
            }
            Object value = values.get(field.key());
            if (value != null) {
                result.put(field.key(), value);
            } else if (complete && field.required() && !hasProblem(problems, field.key())) {
                problems.add(FieldProblem.of(field.key(), "error.form.required", label(field)));
            }
        }
        problems.addAll(rules.check(form, result, courseAnswers));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }

    /**
     * A draft's answers checked field by field: every valid answer is kept; a bad one is named and replaced by the
     * field's previous answer (left out when there is none, or when that one no longer passes either).
     */
    public Draft validateDraft(FormDefinition form, Map<String, ?> answers, Map<String, ?> previous,
            Map<String, Object> courseAnswers) {
        Map<String, Object> candidate = new HashMap<>(answers);
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> named = new HashSet<>();
        while (true) {
            try {
                return new Draft(validate(form, candidate, false, courseAnswers), problems);
            } catch (InvalidInputException e) {
                Map<String, FieldProblem> byField = new LinkedHashMap<>();
                e.problems().forEach(problem -> byField.putIfAbsent(problem.field(), problem));
                byField.keySet().retainAll(candidate.keySet());
                if (byField.isEmpty()) {
                    throw e;
                }
                byField.forEach((key, problem) -> {
                    if (named.add(key)) {
                        problems.add(problem);
                        if (previous.get(key) != null) {
                            candidate.put(key, previous.get(key));
                            return;
                        }
                    }
                    candidate.remove(key);
                });
            }
        }
    }

    /** A draft's saved answers and the problems of the fields whose typed answer was not saved. */
    public record Draft(Map<String, Object> answers, List<FieldProblem> problems) {
    }

    /**
     * The components of the form that these answers hide (inputs by key, text blocks and groups by id), evaluated
     * as {@link #validate} evaluates them, without checking the answers' ranges, patterns or rules: a page asks this
     * while the user types. An answer that is no answer of its field at all (an unknown field or code, not a number
     * or a date, a control character) is 400 naming the field.
     */
    public Set<String> hidden(FormDefinition form, Map<String, ?> answers, Map<String, Object> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = read(form, answers, problems, this::lenient);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return conditions.hidden(form, context(form, values, variables));
    }

    /** What conditions see: the platform's variables, the answers, and every other field of the form as null. */
    private static Map<String, Object> context(FormDefinition form, Map<String, Object> values,
            Map<String, Object> variables) {
        Map<String, Object> context = new HashMap<>(variables);
        context.putAll(values);
        form.fields().forEach(f -> context.putIfAbsent(f.key(), null));
        return context;
    }

    /** An answer as conditions see it, checked only for being an answer of its field's type. */
    private Object lenient(FormField field, Object raw, List<FieldProblem> problems) {
        return switch (field.type()) {
            case "number" -> {
                try {
                    BigDecimal number = new BigDecimal(raw.toString().trim().replace(',', '.'));
                    yield isWhole(field) && number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValue()
                            : number.stripTrailingZeros();
                } catch (NumberFormatException e) {
                    problems.add(FieldProblem.of(field.key(), "error.form.number", label(field)));
                    yield null;
                }
            }
            case "datetime" -> {
                try {
                    yield LocalDate.parse(raw.toString().trim()).toString();
                } catch (DateTimeParseException e) {
                    problems.add(FieldProblem.of(field.key(), "error.form.date", label(field)));
                    yield null;
                }
            }
            case "textfield", "textarea" -> {
                if (!(raw instanceof String text) || !ControlCharacters.allowed(text)) {
                    problems.add(FieldProblem.of(field.key(), raw instanceof String ? "error.form.controlCharacter"
                            : "error.form.type", label(field)));
                    yield null;
                }
                yield text;
            }
            default -> normalise(field, raw, problems);
        };
    }

    private static boolean isWhole(FormField field) {
        return field.decimalDigits() == null || field.decimalDigits() == 0;
    }

    private Object normalise(FormField field, Object raw, List<FieldProblem> problems) {
        return switch (field.type()) {
            case "radio", "select" -> code(field, raw, problems);
            case "checklist" -> codes(field, raw, problems);
            case "checkbox" -> bool(field, raw, problems);
            case "number" -> number(field, raw, problems);
            case "datetime" -> date(field, raw, problems);
            default -> text(field, raw, problems);
        };
    }

    private Object code(FormField field, Object raw, List<FieldProblem> problems) {
        String code = raw instanceof Number || raw instanceof String ? raw.toString().trim() : null;
        if (code != null && !field.codes().contains(code)) {
            code = stripDecimalZero(code);
        }
        if (code == null || !field.codes().contains(code)) {
            problems.add(FieldProblem.of(field.key(), "error.form.unknownCode", label(field),
                    String.join(", ", field.codes())));
            return null;
        }
        return code;
    }

    private Object codes(FormField field, Object raw, List<FieldProblem> problems) {
        if (!(raw instanceof Collection<?> list)) {
            problems.add(FieldProblem.of(field.key(), "error.form.type", label(field)));
            return null;
        }
        List<Object> result = new ArrayList<>();
        for (Object item : list) {
            Object code = code(field, item, problems);
            if (code != null) {
                result.add(code);
            }
        }
        return result;
    }

    private Object bool(FormField field, Object raw, List<FieldProblem> problems) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        problems.add(FieldProblem.of(field.key(), "error.form.type", label(field)));
        return null;
    }

    private Object number(FormField field, Object raw, List<FieldProblem> problems) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field.key(), "error.form.number", label(field)));
            return null;
        }
        if ((field.min() != null && number.compareTo(field.min()) < 0)
                || (field.max() != null && number.compareTo(field.max()) > 0)) {
            problems.add(FieldProblem.of(field.key(), "error.form.range", label(field), field.min(), field.max()));
            return null;
        }
        int decimals = field.decimalDigits() == null ? 0 : field.decimalDigits();
        if (number.stripTrailingZeros().scale() > decimals) {
            problems.add(FieldProblem.of(field.key(), "error.form.decimals", label(field), decimals));
            return null;
        }
        BigDecimal plain = number.stripTrailingZeros();
        return decimals == 0 ? (Object) number.longValueExact() : plain.setScale(Math.max(plain.scale(), 0));
    }

    private Object date(FormField field, Object raw, List<FieldProblem> problems) {
        try {
            LocalDate date = LocalDate.parse(raw.toString().trim());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problems.add(FieldProblem.of(field.key(), "error.form.dateRange", label(field), EARLIEST, LATEST));
                return null;
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field.key(), "error.form.date", label(field)));
            return null;
        }
    }

    private Object text(FormField field, Object raw, List<FieldProblem> problems) {
        if (!(raw instanceof String text)) {
            problems.add(FieldProblem.of(field.key(), "error.form.type", label(field)));
            return null;
        }
        if (!ControlCharacters.allowed(text)) {
            problems.add(FieldProblem.of(field.key(), "error.form.controlCharacter", label(field)));
            return null;
        }
        int max = field.maxLength() == null ? MAX_TEXT : Math.min(field.maxLength(), MAX_TEXT);
        if (text.length() > max) {
            problems.add(FieldProblem.of(field.key(), "error.form.tooLong", label(field), max));
            return null;
        }
        if (field.pattern() != null && !text.matches(field.pattern())) {
            problems.add(FieldProblem.of(field.key(), "error.form.pattern", label(field)));
            return null;
        }
        return text;
    }

    private static String stripDecimalZero(String code) {
        return code.endsWith(".0") ? code.substring(0, code.length() - 2) : code;
    }

    private static boolean isBlank(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank());
    }

    private static boolean hasProblem(List<FieldProblem> problems, String key) {
        return problems.stream().anyMatch(p -> p.field().equals(key));
    }

    private static String label(FormField field) {
        return field.label() == null ? field.key() : field.label();
    }

    /** The answers read by {@code reader}, field by field; an unknown field is a problem of its own. */
    private static Map<String, Object> read(FormDefinition form, Map<String, ?> answers, List<FieldProblem> problems,
            AnswerReader reader) {
        Map<String, FormField> fields = form.byKey();
        Map<String, Object> values = new HashMap<>();
        answers.forEach((key, raw) -> {
            FormField field = fields.get(key);
            if (field == null) {
                problems.add(FieldProblem.of(key, "error.form.unknownField", form.id()));
            } else if (!isBlank(raw)) {
                Object value = reader.read(field, raw, problems);
                if (value != null) {
                    values.put(key, value);
                }
            }
        });
        return values;
    }

    private interface AnswerReader {
        Object read(FormField field, Object raw, List<FieldProblem> problems);
    }
}
