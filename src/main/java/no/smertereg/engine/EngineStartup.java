package no.smertereg.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What runs once the engine has created or checked its schema (ADR 0007); modules add theirs as contributions. */
final class EngineStartup {

    private static final Logger LOG = LoggerFactory.getLogger(EngineStartup.class);
    static final String TASK_PARENT_INDEX = "act_idx_task_parent_task";

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
}
