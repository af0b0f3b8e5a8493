package no.smertereg.datarequests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/** A researcher's application as the registry received it: project, responsible, question, variables, period, basis. */
record DataRequestApplication(String project, String responsible, String researchQuestion, List<String> variables,
        LocalDate periodFrom, LocalDate periodTo, String legalBasis, LocalDate receivedOn) {

    static final int PROJECT_MAX = 300;
    static final int RESPONSIBLE_MAX = 200;
    static final int QUESTION_MAX = 4000;
    static final int BASIS_MAX = 500;
    static final int VARIABLES_MAX = 200;

    /**
     * From the page's fields; 400 naming every field that is missing or wrong. {@code known} tells a variable the
     * registry delivers; {@code today} bounds the dates.
     */
    static DataRequestApplication parse(Map<String, String> fields, Predicate<String> known, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String project = text(fields, "project", PROJECT_MAX, problems);
        String responsible = text(fields, "responsible", RESPONSIBLE_MAX, problems);
        String question = text(fields, "researchQuestion", QUESTION_MAX, problems);
        String basis = text(fields, "legalBasis", BASIS_MAX, problems);
        List<String> variables = variables(fields.get("variables"), known, "variables", problems);
        LocalDate from = date(fields, "periodFrom", problems);
        LocalDate to = date(fields, "periodTo", problems);
        LocalDate received = date(fields, "receivedOn", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(FieldProblem.of("periodTo", "datarequests.period.order"));
        }
        if (received != null && received.isAfter(today)) {
            problems.add(FieldProblem.of("receivedOn", "datarequests.date.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DataRequestApplication(project, responsible, question, variables, from, to, basis, received);
    }

    /** One variable name per line or comma; every one must be a variable the registry delivers. */
    static List<String> variables(String text, Predicate<String> known, String field, List<FieldProblem> problems) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : (text == null ? "" : text).split("[\\s,;]+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.isEmpty()) {
            problems.add(FieldProblem.of(field, "datarequests.variables.required"));
        } else if (names.size() > VARIABLES_MAX) {
            problems.add(FieldProblem.of(field, "datarequests.variables.tooMany", VARIABLES_MAX));
        } else {
            List<String> unknown = names.stream().filter(known.negate()).toList();
            if (!unknown.isEmpty()) {
                problems.add(FieldProblem.of(field, "datarequests.variables.unknown", String.join(", ",
                        unknown.subList(0, Math.min(5, unknown.size())))));
            }
        }
        return List.copyOf(names);
    }

    static String text(Map<String, String> fields, String field, int max, List<FieldProblem> problems) {
        String value = fields.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, "datarequests.field.required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(FieldProblem.of(field, "datarequests.field.tooLong", max));
        }
        return value;
    }

    static LocalDate date(Map<String, String> fields, String field, List<FieldProblem> problems) {
        String value = fields.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, "datarequests.field.required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "datarequests.date.invalid"));
            return null;
        }
    }
}
