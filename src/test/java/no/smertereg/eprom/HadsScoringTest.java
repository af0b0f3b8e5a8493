package no.smertereg.eprom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** HADS subscales: odd items anxiety, even items depression, 0-21 each, only when a subscale is complete. */
class HadsScoringTest {

    @Test
    void sumsOddItemsAsAnxietyAndEvenItemsAsDepression() {
        Map<String, Object> answers = new HashMap<>();
        for (int item = 1; item <= 14; item++) {
            answers.put("HADSSpm" + item, item % 2 == 1 ? "3" : "1");
        }
        assertThat(HadsScoring.scores(answers)).containsEntry("HADSScoreAngst", 21)
                .containsEntry("HADSScoreDepresjon", 7).containsEntry("HADSScoreRegel", HadsScoring.RULE_VERSION);
    }

    @Test
    void anIncompleteSubscaleHasNoScore() {
        Map<String, Object> answers = new HashMap<>();
        for (int item = 1; item <= 13; item++) {
            answers.put("HADSSpm" + item, "0");
        }
        assertThat(HadsScoring.scores(answers)).containsEntry("HADSScoreAngst", 0)
                .doesNotContainKey("HADSScoreDepresjon");
    }
}
