package no.smertereg.engine;

import java.util.Set;

/**
 * What a module tells about the tasks of its processes: whom a task is about (a course's patient, an applicant),
 * read from the module's own tables for the current user, so that no personal data need be in the engine. Tasklist
 * shows it beside the task ({@link TaskContextController}).
 */
public interface TaskContextSource {

    /** The keys of the processes whose tasks this source describes. */
    Set<String> processKeys();

    /**
     * The context of the process instance with this business key, as the current user may see it: the module's own
     * access checks and audit apply. Throws a {@link no.smertereg.shared.NotFoundException} when the user may not
     * see it.
     */
    Object describe(String businessKey);
}
