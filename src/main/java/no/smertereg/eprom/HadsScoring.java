package no.smertereg.eprom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * HADS subscale scores (codebook HADSScoreAngst, HADSScoreDepresjon): the sum of the seven anxiety items (odd
 * HADSSpm1..13) and of the seven depression items (even HADSSpm2..14), 0-21 each, computed only when all seven of a
 * subscale are answered. Stored with the rule's version.
 */
final class HadsScoring {

    static final String RULE_VERSION = "HADS-sum-v1";

    private HadsScoring() {
    }

    static Map<String, Object> scores(Map<String, Object> answers) {
        Map<String, Object> scores = new LinkedHashMap<>();
        sum(answers, 1).ifPresent(anxiety -> scores.put("HADSScoreAngst", anxiety));
        sum(answers, 2).ifPresent(depression -> scores.put("HADSScoreDepresjon", depression));
        scores.put("HADSScoreRegel", RULE_VERSION);
        return scores;
    }

    private static Optional<Integer> sum(Map<String, Object> answers, int firstItem) {
        int[] items = IntStream.iterate(firstItem, i -> i <= 14, i -> i + 2).toArray();
        int total = 0;
        for (int item : items) {
            Object value = answers.get("HADSSpm" + item);
            if (value == null) {
                return Optional.empty();
            }
            total += Integer.parseInt(value.toString());
        }
        return Optional.of(total);
    }
}
