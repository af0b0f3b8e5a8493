package no.smertereg.it;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Answers of NNRR's forms that the integration tests share. */
final class NnrrAnswers {

    private NnrrAnswers() {
    }

    /** Every required answer of the treater form, referred three days ago and seen today, without a diagnosis. */
    static Map<String, Object> treaterForm(LocalDate today, LocalDate planned, String relevantDiagnosis) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("HenvisningsDato", today.minusDays(3).toString());
        answers.put("PlanlagtKonsultasjonsDato", planned.toString());
        answers.put("S1b_DateOfCompletion", today.toString());
        answers.put("NeckSurgery", "2");
        answers.put("BackSurgery", "2");
        answers.put("CourseYellowFlagComplicatingFactors", "1");
        answers.put("TreatmentMasteryOrientedConversation", "1");
        answers.put("TreatmentCouncellingLifeStyleAndMedication", "1");
        answers.put("TreatmentAbilityToWorkFunctionLevel", "1");
        answers.put("Radiological_None", true);
        answers.put("RelevantDiagnose", relevantDiagnosis);
        answers.put("Treatment_TreatmentInSpecialistServices", "0");
        return answers;
    }
}
