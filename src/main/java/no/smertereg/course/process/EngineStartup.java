package no.smertereg.course.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import no.smertereg.forms.RegistryDefinitions;

/** What runs once the engine has created or checked its schema (ADR 0007). */
final class EngineStartup {

    private static final Logger LOG = LoggerFactory.getLogger(EngineStartup.class);
    static final String TASK_PARENT_INDEX = "act_idx_task_parent_task";
    private static final int PAGE = 500;

    private EngineStartup() {
    }

    /**
     * Every task completion deletes the task's subtasks by PARENT_TASK_ID_, which the stock schema does not index:
     * without this index each completion scans all open tasks. Idempotent; a second node racing on it is harmless.
     */
    static void ensureTaskParentIndex(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + TASK_PARENT_INDEX + " on act_ru_task (parent_task_id_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Index {} on act_ru_task not created now ({}); another node may be creating it",
                    TASK_PARENT_INDEX, e.getSQLState());
        }
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
            RegistryDefinitions definitions) {
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
            for (FormTask task : CourseEngine.formTasks(tasks, engine.getRuntimeService(), definitions)) {
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
