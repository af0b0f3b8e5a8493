package no.smertereg.course.process;

/** What the course module does when a course diagram records a note about its course (OPR O2: no follow-up, why). */
public interface PathwayNote {

    /** Keeps the diagram's text (1-500 characters) with the time, for the course page. */
    void note(Long courseId, String text);
}
