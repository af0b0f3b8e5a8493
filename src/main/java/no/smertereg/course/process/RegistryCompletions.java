package no.smertereg.course.process;

import java.util.HashSet;
import java.util.Set;

/**
 * The tasks the registry itself is completing on this thread, after it has validated and stored their answers.
 * Not a process variable: a variable could be sent by any REST client to skip the checks.
 */
final class RegistryCompletions {

    private static final ThreadLocal<Set<String>> COMPLETING = new ThreadLocal<>();

    private RegistryCompletions() {
    }

    static void run(String taskId, Runnable completion) {
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

    static boolean isRegistryCompletion(String taskId) {
        Set<String> completing = COMPLETING.get();
        return completing != null && completing.contains(taskId);
    }
}
