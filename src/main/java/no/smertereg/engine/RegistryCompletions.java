package no.smertereg.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * The one guard of tasks the registry completes itself, after it has checked and stored what the task is for (a
 * form's answers, a review's removals, a reservation's registration). Not a process variable: a variable could be
 * sent by any REST client to skip the checks.
 */
public final class RegistryCompletions {

    private static final ThreadLocal<Set<String>> COMPLETING = new ThreadLocal<>();

    private RegistryCompletions() {
    }

    /** Runs the completion of the task as the registry's own. */
    public static void run(String taskId, Runnable completion) {
        Set<String> completing = COMPLETING.get();
        if (completing == null) {
            completing = new HashSet<>();
            COMPLETING.set(completing);
        }
        completing.add(taskId);
        try {
            completion.run();
        } finally {
            completing.remove(taskId);
            if (completing.isEmpty()) {
                COMPLETING.remove();
            }
        }
    }

    public static boolean isRegistryCompletion(String taskId) {
        Set<String> completing = COMPLETING.get();
        return completing != null && completing.contains(taskId);
    }

    /** For a task that only the registry completes: any other completion is refused with the reason given. */
    public static void requireRegistryCompletion(String taskId, String reason) {
        if (!isRegistryCompletion(taskId)) {
            throw new RegistryRefusal(reason);
        }
    }
}
