package no.smertereg.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every count a report page shows, as an attacker reads it: keyed by table id, row (its id, else its label) and column
 * header; "a/b (share)" gives two figures. The course count above the tables is "courses".
 */
final class ReportPageFigures {

    private static final Pattern COURSES = Pattern.compile("id=\"report-courses\">(\\d+) ");
    private static final Pattern TABLE = Pattern.compile("<table[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</table>",
            Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<thead>(.*?)</thead>", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr([^>]*)>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t([hd])[^>]*>(.*?)</t\\1>", Pattern.DOTALL);
    private static final Pattern ROW_ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(?:/(\\d+))?(?: \\(.*\\))?");

    private ReportPageFigures() {
    }

    static Map<String, Integer> of(String page) {
        Map<String, Integer> figures = new TreeMap<>();
        Matcher courses = COURSES.matcher(page);
        if (courses.find()) {
            figures.put("courses", Integer.valueOf(courses.group(1)));
        }
        Matcher table = TABLE.matcher(page);
        while (table.find()) {
            String body = table.group(2);
            Matcher head = HEAD.matcher(body);
            boolean hasHead = head.find();
            List<String> headers = hasHead ? texts(HEADER, head.group(1)) : List.of();
            Matcher row = ROW.matcher(hasHead ? body.substring(head.end()) : body);
            while (row.find()) {
                List<String> cells = texts(CELL, row.group(2));
                Matcher id = ROW_ID.matcher(row.group(1));
                String rowKey = id.find() ? id.group(1) : cells.isEmpty() ? "" : cells.get(0);
                for (int i = 1; i < cells.size(); i++) {
                    Matcher count = COUNT.matcher(cells.get(i));
                    if (count.matches()) {
                        String key = table.group(1) + " | " + rowKey + " | " + (i < headers.size() ? headers.get(i)
                                : String.valueOf(i));
                        figures.put(key, Integer.valueOf(count.group(1)));
                        if (count.group(2) != null) {
                            figures.put(key + " (of)", Integer.valueOf(count.group(2)));
                        }
                    }
                }
            }
        }
        return figures;
    }

    /** The figures shown on both pages whose difference is 1 to minimum - 1, as "key: a vs b". */
    static List<String> smallDifferences(Map<String, Integer> one, Map<String, Integer> other, int minimum) {
        List<String> small = new ArrayList<>();
        one.forEach((key, value) -> {
            Integer otherValue = other.get(key);
            if (otherValue != null && value != otherValue.intValue() && Math.abs(value - otherValue) < minimum) {
                small.add(key + ": " + value + " vs " + otherValue);
            }
        });
        return small;
    }

    /** How many figures both pages show. */
    static long shownInBoth(Map<String, Integer> one, Map<String, Integer> other) {
        return one.keySet().stream().filter(other::containsKey).count();
    }

    private static List<String> texts(Pattern pattern, String html) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            texts.add(matcher.group(matcher.groupCount()).replaceAll("<[^>]+>", "").strip());
        }
        return texts;
    }
}
