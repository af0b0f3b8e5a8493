package no.smertereg.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One side of the year: the application (a) or the bare BPMN (d). {@link YearRun} drives both through the same
 * calendar, the same course mix and the same patient behaviour, so that their ratio compares like with like.
 */
interface YearModel {

    /** A patient form sent to the patient today: course number and form type; handle identifies it for the answer. */
    record SentForm(int course, String type, Object handle) {
    }

    String name();

    /** The process definitions whose due jobs the harness runs. */
    List<String> processKeys();

    /** Registration at 09:00 of the cohort's day, PO, TO and the forms of the first visit (B1.1, B1.2, B2.1). */
    void register(int course, LocalDate day);

    /** B2.2 a week after registration: the end date of the treatment. */
    void endOfTreatment(int course, LocalDate registered);

    /** The forms that went out today (after the 16:30 jobs), for the patients to answer or not. */
    List<SentForm> sentOn(LocalDate day);

    /** The patient answers (the portal's submit, or the bare message). */
    void answer(SentForm form);

    /** Courses of this run whose pathway has not ended. */
    long unfinished();

    /** End of a simulated day (the application forgets the day's received mails). */
    default void endOfDay(LocalDate day) {
    }
}
