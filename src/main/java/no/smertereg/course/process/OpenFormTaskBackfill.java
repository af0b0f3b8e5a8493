package no.smertereg.course.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import no.smertereg.forms.Registries;

/** The worklist's read model of open form tasks, made whole from the engine when the application starts. */
final class OpenFormTaskBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(OpenFormTaskBackfill.class);
    private static final int PAGE = 500;

    private OpenFormTaskBackfill() {
    }

    /** Completes read-model rows written before V11 with their process instance and correction flag. */
    static void completeOpenFormTasks(OpenFormTasks openTasks) {
        int completed = openTasks.completeFromEngine();
        if (completed > 0) {
            LOG.info("Open form tasks completed from the engine: {}", completed);
        }
    }

    /** Fills the worklist's read model from the engine when it is empty and tasks are open (a database from before). */
    static void backfillOpenFormTasks(ProcessEngine engine, OpenFormTasks openTasks,
            Registries registries) {
        if (!openTasks.isEmpty() || engine.getTaskService().createTaskQuery().count() == 0) {
            return;
        }
        int added = 0;
        for (int first = 0;; first += PAGE) {
            List<Task> tasks = engine.getTaskService().createTaskQuery().initializeFormKeys().orderByTaskId().asc()
                    .listPage(first, PAGE);
            if (tasks.isEmpty()) {
                break;
            }
            for (FormTask task : CourseEngine.formTasks(tasks, engine.getRuntimeService(), registries)) {
                try {
                    openTasks.opened(task);
                    added++;
                } catch (DuplicateKeyException alreadyThere) {
                    // another node is filling it at the same start
                }
            }
        }
        LOG.info("Worklist read model filled from the engine: {} open form tasks", added);
    }
}
