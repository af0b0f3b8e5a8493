package no.smertereg.bench;

import no.smertereg.course.BenchClinician;

/**
 * The course mix, the same for the application and the bare BPMN. Course type and consent come from the demo
 * courses' answers (DemoAnswers): of ten courses one is type 1 (not seen), one type 2 (seen, not included) and
 * eight type 3, of which one in seven has no written consent (its patient forms are closed with reason 5). Of ten
 * patients eight are notified by e-mail, one by SMS and one has neither (the forms wait for paper and are locked
 * after six days). A sent form is answered the next day (60 %), after the reminder (15 %) or never (25 %, locked).
 */
final class CourseMix {

    static final int ANSWER_NEVER = -1;

    private CourseMix() {
    }

    static BenchClinician.Kind kind(int course) {
        return BenchClinician.kind(course);
    }

    static int person(int course, int persons) {
        return Math.floorMod(course * 7919, persons);
    }

    static boolean byEmail(int person) {
        return person % 10 < 8;
    }

    static boolean bySms(int person) {
        return person % 10 == 8;
    }

    static boolean noContact(int person) {
        return person % 10 == 9;
    }

    /** Days after the send on which the patient answers, or {@link #ANSWER_NEVER}. */
    static int answerDelay(int course, String formType) {
        int h = Math.floorMod((course * 31 + formType.hashCode()) * 0x9E3779B1, 100);
        return h < 60 ? 1 : h < 75 ? 4 : ANSWER_NEVER;
    }
}
