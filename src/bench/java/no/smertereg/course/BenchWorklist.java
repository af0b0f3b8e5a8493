package no.smertereg.course;

import org.springframework.context.ApplicationContext;

/**
 * Benchmark only (src/bench, profile {@code bench}): one worklist view, the same service call
 * {@code GET /api/worklist} and {@code /arbeidsliste} make (page, sort, the audit rows of the courses shown). It lives
 * in this package because the service is package-private; the caller sets the Spring Security user.
 */
public final class BenchWorklist {

    private final WorklistService worklist;

    public BenchWorklist(ApplicationContext context) {
        this.worklist = context.getBean(WorklistService.class);
    }

    /** The rows of one page of the current user's worklist, and the number of active courses it holds. */
    public long[] view(String sort, int page, int size) {
        WorklistService.Page shown = worklist.worklist(no.smertereg.access.CurrentUser.get(), null, sort, null, null,
                page, size);
        return new long[] {shown.rows().size(), shown.total()};
    }
}
