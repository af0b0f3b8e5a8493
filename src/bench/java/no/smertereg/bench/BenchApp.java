package no.smertereg.bench;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import no.smertereg.RegistryApplication;

/**
 * The real application (RegistryApplication, engine, services) on the benchmark database, started as
 * TwoNodeDispatchIT starts a node, with a GreenMail SMTP server in the same JVM. The job executor is configured as
 * in production but stopped while the harness drives the clock and the jobs; the 16:30 batch starts it.
 */
final class BenchApp implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final GreenMail mail;

    BenchApp(BenchDatabase db, List<String> extraArgs) {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user, "--spring.datasource.password=" + db.password,
                "--server.port=0", "--registry.demo-mode=true", "--registry.demo-courses=false",
                "--camunda.bpm.job-execution.enabled=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(), "--registry.mail-relay-delay=PT0.5S",
                "--logging.level.root=WARN", "--logging.level.no.smertereg.bench=INFO",
                "--spring.main.banner-mode=off"));
        args.addAll(extraArgs);
        context = new SpringApplicationBuilder(RegistryApplication.class).run(args.toArray(String[]::new));
        stopJobExecutor();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JobExecutor jobExecutor() {
        return ((ProcessEngineImpl) bean(ProcessEngine.class)).getProcessEngineConfiguration().getJobExecutor();
    }

    void stopJobExecutor() {
        if (jobExecutor().isActive()) {
            jobExecutor().shutdown();
        }
    }

    void startJobExecutor() {
        if (!jobExecutor().isActive()) {
            jobExecutor().start();
        }
    }

    /** Closes the pool's idle connections, so that their backends report their statistics (the anchors' method). */
    void evictConnections() {
        DataSource ds = bean(DataSource.class);
        if (ds instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    int mailsReceived() {
        return mail.getReceivedMessages().length;
    }

    /** How many of the received mails are distinct by Message-ID (a mail relayed twice has one Message-ID). */
    long distinctMailsReceived() {
        return java.util.Arrays.stream(mail.getReceivedMessages()).map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
    }

    /** Forgets the received mails (the year's ~100,000 notices would otherwise count as application heap). */
    void purgeMail() {
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double heapAfterGcMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return Report.round((rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0));
    }

    @Override
    public void close() {
        context.close();
        mail.stop();
    }
}
