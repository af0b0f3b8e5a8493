package no.smertereg.engine;

import java.lang.reflect.Field;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * A job run by a person (REST {@code job/{id}/execute}, Cockpit) rather than the job executor. The engine checks
 * such a call only after it has taken the job on, and then counts the refusal as a failed run: a retry is used up
 * and the exception stored, and three refusals make an incident. Here the same checks run first, in a command of
 * their own, so a refusal leaves the job as it was; a failure that is a refusal is never counted against the job;
 * and a job of no process (history cleanup) is for the operator groups alone ({@link EngineContribution}).
 */
final class UserJobExecutions {

    private static final Field JOB_ID = field(ExecuteJobsCmd.class, "jobId");
    private static final Field FAILURE_OF_LISTENER = field(FailedJobListener.class, "jobFailureCollector");

    private UserJobExecutions() {
    }

    /** The check to run before the command, or null when the command is not a person's job execution. */
    static Command<Void> checkBefore(Command<?> command, Authentication person, Set<String> operatorGroups) {
        if (!(command instanceof ExecuteJobsCmd execute) || person == null || Context.getJobExecutorContext() != null) {
            return null;
        }
        return new CheckJob((String) read(JOB_ID, execute), person, operatorGroups);
    }

    /**
     * True when the command would count a refusal as the job's failure: a person's run refused before the job was
     * touched, or by the engine's own check (the job executor's runs are never refused for want of permission).
     */
    static boolean countsARefusal(Command<?> command) {
        if (!(command instanceof FailedJobListener listener)) {
            return false;
        }
        JobFailureCollector collector = (JobFailureCollector) read(FAILURE_OF_LISTENER, listener);
        boolean byAPerson = Context.getJobExecutorContext() == null;
        for (Throwable cause = collector.getFailure(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedJobExecution || (byAPerson && cause instanceof AuthorizationException)) {
                return true;
            }
        }
        return false;
    }

    /** Refused before the job was touched. */
    static final class RefusedJobExecution extends AuthorizationException {
        RefusedJobExecution() {
            super("Du kan ikke kjøre denne jobben. / You may not run this job.");
        }
    }

    private record CheckJob(String jobId, Authentication person, Set<String> operatorGroups) implements Command<Void> {
        @Override
        public Void execute(CommandContext context) {
            JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
            if (job == null) {
                return null;
            }
            boolean operator = person.getGroupIds() != null
                    && person.getGroupIds().stream().anyMatch(operatorGroups::contains);
            if (job.getProcessDefinitionKey() == null && !operator) {
                throw new RefusedJobExecution();
            }
            try {
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkUpdateJob(job);
                }
            } catch (ProcessEngineException refused) {
                throw new RefusedJobExecution();
            }
            return null;
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getSimpleName() + "." + name
                    + ": the check of jobs run by persons must be adapted", e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
