package no.smertereg.course.process;

import java.util.HashSet;
import java.util.Set;

/**
 * The tasks the registry itself is completing on this thread, after it has validated and stored their answers.
 * Not a process variable: a variable could be sent by any REST client to skip the checks.
 */
final class RegistryCompletions {

    private static final ThreadLocal<Set<String>> COMPLETING = ThreadLocal.withInitial(HashSet::new);

    private RegistryCompletions() {
    }

    static void run(String taskId, Runnable completion) {
        COMPLETING.get().add(taskId);
        try {
            completion.run();
        } finally {
            COMPLETING.get().remove(taskId);
        }
    }

    static boolean isRegistryCompletion(String taskId) {
        return COMPLETING.get().contains(taskId);
    }
}
