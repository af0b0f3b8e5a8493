package no.smertereg.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicators of docs/reports.md recounted from export rows (column name to cell text), written out again here
 * so that the test does not reuse the code it checks. Each value is {numerator, denominator}.
 */
final class IndicatorRecount {

    static final List<String> NUMBERS = List.of("1", "2", "3", "4a", "4b", "4c", "4d", "5", "6", "7", "7-B1.2", "8",
            "QI");
    private static final List<String> CORE = List.of("AntTilsLege", "AntTilsSykPleier", "AntTilsPsyk",
            "AntTilsFysioT", "AntTilsSosio");

    private IndicatorRecount() {
    }

    static Map<String, int[]> of(List<Map<String, String>> rows, boolean local) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        NUMBERS.forEach(n -> counts.put(n, new int[2]));
        for (Map<String, String> r : rows) {
            boolean seenVisits = num(r, "AntPasTils") != null && num(r, "AntPasTils") > 0;
            long professions = CORE.stream().filter(c -> !r.get(c).isEmpty()).count();
            add(counts, "1", !local || seenVisits, professions >= 2);
            add(counts, "2", !local || seenVisits, !r.get("HenvistDato").isEmpty()
                    && r.get("HenvistDato").equals(r.get("StartdatoTO")));
            Integer eval = num(r, "EvalSpm3");
            add(counts, "3", eval != null, eval != null && (eval == 4 || eval == 5));
            nrs(counts, "4a", r, "StSmBev", local);
            nrs(counts, "4b", r, "SvSmBev", local);
            nrs(counts, "4c", r, "StSmRo", local);
            nrs(counts, "4d", r, "SvSmRo", local);
            Integer nonDrug = num(r, "IkkeMedBeh");
            add(counts, "5", is(r, "Tilsett", 1) && nonDrug != null && (!local || nonDrug == 0 || nonDrug == 1),
                    Objects.equals(nonDrug, 1));
            add(counts, "6", is(r, "VidereOppf", 1) && is(r, "BehNedtrappAvsluttTils", 1)
                    && (local || num(r, "Journalnotat") != null), is(r, "Journalnotat", 1));
            add(counts, "7", num(r, "AkseptabelSmerte21") != null, is(r, "AkseptabelSmerte21", 1));
            add(counts, "7-B1.2", num(r, "AkseptabelSmerte12") != null, is(r, "AkseptabelSmerte12", 1));
            Integer f12 = num(r, "Funksjon12");
            Integer f21 = num(r, "Funksjon21");
            boolean functionValid = f12 != null && f21 != null && f12 != 9 && f21 != 9;
            add(counts, "8", functionValid, functionValid && f21 - f12 > 0);
            boolean asked = is(r, "Tilsett", 1) && (is(r, "AngiNRS12", 1) || is(r, "AngiNRS12", 3))
                    && (is(r, "AngiNRS21", 1) || is(r, "AngiNRS21", 3));
            add(counts, "QI", asked, is(r, "AngiNRS12", 1) && is(r, "AngiNRS21", 1));
        }
        return counts;
    }

    private static void nrs(Map<String, int[]> counts, String number, Map<String, String> r, String column,
            boolean local) {
        Integer first = num(r, column + "12");
        Integer last = num(r, column + "21");
        boolean valid = first != null && last != null && first != 99 && last != 99;
        add(counts, number, valid && (!local || !first.equals(last)), valid && first - last > 0);
    }

    private static void add(Map<String, int[]> counts, String number, boolean inDenominator, boolean inNumerator) {
        if (inDenominator) {
            counts.get(number)[1]++;
            if (inNumerator) {
                counts.get(number)[0]++;
            }
        }
    }

    private static boolean is(Map<String, String> r, String column, int code) {
        return Objects.equals(num(r, column), code);
    }

    private static Integer num(Map<String, String> r, String column) {
        String value = r.get(column);
        return value == null || value.isEmpty() ? null : Integer.valueOf(value);
    }
}
