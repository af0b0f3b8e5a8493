package no.smertereg.course;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The answers of demo course number {@code i}: a fixed mix of course types, consent, NRS changes (some unchanged,
 * some 99), function, satisfaction codes and professions, so that every indicator has numerators and denominators.
 */
record DemoAnswers(int i, LocalDate start) {

    boolean seen() {
        return i % 10 != 9;
    }

    Map<String, Object> to() {
        Map<String, Object> to = new HashMap<>();
        to.put("HenvistDato", (i % 3 == 0 ? start.minusDays(1) : start).toString());
        to.put("StartdatoTO", start.toString());
        to.put("Tilsett", seen() ? "1" : "2");
        if (seen()) {
            boolean included = i % 10 != 8;
            to.put("InklKritOppf", included ? "1" : "0");
            if (included) {
                boolean consent = i % 7 != 3;
                to.put("SkriftligSamtyk", consent ? "1" : "0");
                if (consent) {
                    to.put("DatoSamtykke", start.toString());
                }
            }
        }
        return to;
    }

    Map<String, Object> b11() {
        return Map.of("SmerteKat", i % 4 == 0 ? "1" : "2", "DiagKatLangvarig", "4", "TidligereRus", "0",
                "PaagaaRus", "0", "LAR", "0", "Opioid4a", i % 2 == 0);
    }

    Map<String, Object> b12() {
        return visit("12", 5 + i % 5, 0);
    }

    Map<String, Object> b21() {
        return visit("21", 5 + i % 5, i % 4 == 1 ? 0 : i % 7 == 0 ? -1 : 1 + i % 3);
    }

    private Map<String, Object> visit(String suffix, int nrs, int drop) {
        Map<String, Object> answers = new HashMap<>();
        boolean reported = i % 6 != 5;
        answers.put("AngiNRS" + suffix, reported ? "1" : "3");
        if (reported) {
            answers.put("StSmRo" + suffix, String.valueOf(Math.max(0, nrs - 2 - drop)));
            answers.put("SvSmRo" + suffix, String.valueOf(Math.max(0, nrs - 1 - drop)));
            answers.put("StSmBev" + suffix, i % 11 == 4 ? "99" : String.valueOf(Math.max(0, nrs - drop)));
            answers.put("SvSmBev" + suffix, String.valueOf(Math.min(10, nrs + 1 - drop)));
            answers.put("AkseptabelSmerte" + suffix, new String[] {"1", "0", "9", "0"}[(suffix.equals("12") ? i + 1
                    : i) % 4]);
        }
        answers.put("Funksjon" + suffix, suffix.equals("12") ? "3" : new String[] {"2", "3", "4", "5", "9"}[i % 5]);
        return answers;
    }

    Map<String, Object> b22() {
        Map<String, Object> b22 = new HashMap<>();
        b22.put("SluttDato", start.plusDays(3 + i % 4).toString());
        b22.put("Lege", true);
        b22.put("AntTilsLege", 1 + i % 3);
        if (i % 2 == 0) {
            b22.put("SykPleier", true);
            b22.put("AntTilsSykPleier", 2);
        }
        if (i % 5 == 0) {
            b22.put("FysioT", true);
            b22.put("AntTilsFysioT", 1);
        }
        b22.put("AntPasTils", 2 + i % 4);
        b22.put("IkkeMedBeh", new String[] {"1", "0", "9"}[i % 3]);
        b22.put("VidereOppf", i % 4 == 3 ? "0" : "1");
        b22.put("BehNedtrappAvsluttTils", i % 3 == 2 ? "0" : "1");
        if (i % 3 != 2) {
            b22.put("Journalnotat", i % 5 != 1);
        }
        b22.put("OppfSmeKl", i % 2 == 0 ? "0" : "1");
        return b22;
    }

    /** The answers per form file, in the order a clinician fills them in; an unseen patient has TO and B1.1 only. */
    Map<String, Map<String, Object>> byFormId() {
        Map<String, Map<String, Object>> forms = new java.util.LinkedHashMap<>();
        forms.put("smertereg-to", to());
        forms.put("smertereg-b11", b11());
        if (seen()) {
            forms.put("smertereg-b12", b12());
            forms.put("smertereg-b21", b21());
            forms.put("smertereg-b22", b22());
        }
        return forms;
    }
}
