package no.smertereg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names a JUEL expression of a diagram refers to: its top-level identifiers and the variables it reads by name. */
final class ExpressionNames {

    /** An identifier at the top of a path, with the member it calls or reads ({@code bean.method}), if any. */
    record Name(String identifier, String member) {
    }

    private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(?<![\\w.])([A-Za-z_]\\w*)(?:\\s*\\.\\s*([A-Za-z_]\\w*))?");
    private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\(\\s*[\"']([^\"']+)[\"']\\s*\\)");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private ExpressionNames() {
    }

    static List<Name> of(String expression) {
        List<Name> names = new ArrayList<>();
        Matcher matcher = TOP_LEVEL.matcher(STRING.matcher(expression).replaceAll("''"));
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group(1))) {
                names.add(new Name(matcher.group(1), matcher.group(2)));
            }
        }
        return names;
    }

    /** Variables read as {@code execution.getVariable("name")}. */
    static List<String> variablesReadByName(String expression) {
        List<String> names = new ArrayList<>();
        Matcher matcher = GET_VARIABLE.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
