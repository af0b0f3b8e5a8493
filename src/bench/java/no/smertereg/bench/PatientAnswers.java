package no.smertereg.bench;

import java.util.HashMap;
import java.util.Map;

/** What a synthetic patient answers on each patient form (fields of forms/smertereg-*.form, as the page posts them). */
final class PatientAnswers {

    private PatientAnswers() {
    }

    static Map<String, String> of(String type, int course) {
        Map<String, String> answers = new HashMap<>();
        switch (type) {
            case "PASREG" -> {
                answers.putAll(Map.of("PRSpm1", "" + (1 + course % 5), "PRSpm2", "3", "PRSpm4", "0", "PRSpm5",
                        "" + course % 6, "PRSpm6", "2"));
                answers.put("PRSpm3", "" + (2 + course % 8));
            }
            case "HADS" -> {
                for (int q = 1; q <= 14; q++) {
                    answers.put("HADSSpm" + q, "" + (course + q) % 4);
                }
            }
            case "EVAL" -> {
                answers.put("HuskerSmerteteam", "1");
                for (int q = 1; q <= 11; q++) {
                    answers.put("EvalSpm" + q, "" + (1 + (course + q) % 5));
                }
            }
            case "OPIOID" -> answers.putAll(Map.of("Utskrevetsykehus", "1", "Smstilletterutskrivelse", "0",
                    "InfoNedtrapping", "0", "FolgeAnbefalingNedtrapp", "2", "OpplevdAbstinenssympt", "0",
                    "OpplevdPlagsomTretthet", "0", "InfoSmertestillBilkjoring", "0", "HenvendelseAngSmertestill",
                    "0"));
            default -> throw new IllegalArgumentException(type);
        }
        return answers;
    }
}
