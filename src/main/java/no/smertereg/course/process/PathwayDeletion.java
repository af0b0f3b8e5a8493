package no.smertereg.course.process;

/** What the course module does when a course diagram deletes its course by the pathway's rule (ADR 0016). */
public interface PathwayDeletion {

    /**
     * Marks the course deleted with the diagram's reason and removes every process instance of it except the
     * calling diagram's own root, which ends itself. A course deleted already stays as it is.
     */
    void deleteByPathway(Long courseId, String reason, String callingRootInstanceId);
}
