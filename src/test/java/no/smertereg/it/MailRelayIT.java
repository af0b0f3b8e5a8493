package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import no.smertereg.notification.MailRelay;

/**
 * The mail relay against PostgreSQL and a real SMTP server (GreenMail): notices put in the outbox arrive once each,
 * with their recipient, subject and text, also when two relays run at the same time; a notice that cannot be sent
 * does not hold up the others (and is logged by id only): an address that is none, or that the server refuses, is
 * given up at once, one the server puts off is tried again later and later; a notice claimed by a node that died is
 * sent after the claim time. A claim reads the unsent notices only, however many mails were sent before.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailRelayIT extends IntegrationTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    @Autowired
    MailRelay relay;

    @Autowired
    JavaMailSenderImpl mail;

    @Value("${registry.mail-relay-claim}")
    Duration claimTime;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void fiveHundredNoticesArriveOnceEach_withTheirRecipientSubjectAndText() throws Exception {
        List<Long> ids = notices("bulk", 500);

        long start = System.nanoTime();
        relay.relay();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("MailRelayIT: 500 notices relayed in %.2f s (%.0f mails/s)%n", seconds, 500 / seconds);
        relay.relay();

        Map<String, List<MimeMessage>> received = receivedByRecipient();
        for (int i = 0; i < ids.size(); i++) {
            List<MimeMessage> mails = received.getOrDefault(address("bulk", i), List.of());
            assertThat(mails).as("mails to notice %d's address", i).hasSize(1);
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).isEqualTo("Spørreskjema " + i);
            assertThat(mail.getContent().toString().strip()).isEqualTo("Svar på https://example.invalid/p kode "
                    + i);
            assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("smertereg@localhost");
            assertThat(mail.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(mail.getMessageID()).isEqualTo("<smertereg.outbox." + ids.get(i) + "@localhost>");
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where id in (" + list(ids)
                + ") and sent_at is not null and recipient = '' and body = ''", Long.class))
                .as("marked sent, address and code forgotten").isEqualTo(500);
    }

    @Test
    void twoRelaysAtTheSameTimeSendEachNoticeOnce() throws Exception {
        List<Long> ids = notices("pair", 1000);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Void> node = () -> {
            together.await();
            relay.relay();
            return null;
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        try {
            for (Future<Void> done : nodes.invokeAll(List.of(node, node))) {
                done.get();
            }
        } finally {
            nodes.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("MailRelayIT: 1000 notices relayed by two relays in %.2f s (%.0f mails/s)%n", seconds,
                1000 / seconds);

        Map<String, List<MimeMessage>> received = receivedByRecipient();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(received.getOrDefault(address("pair", i), List.of())).as("mails to notice %d's address", i)
                    .hasSize(1);
        }
    }

    @Test
    void aNoticeWithoutAValidAddressIsGivenUpAtOnce_theOthersGo_andItIsNotTriedAgain(CapturedOutput log)
            throws Exception {
        List<Long> ids = notices("fail", 20);
        long bad = ids.get(7);
        jdbc.update("update notification_outbox set recipient = 'ikke en adresse' where id = ?", bad);
        ClockUtil.setCurrentTime(new Date());

        relay.relay();

        Map<String, List<MimeMessage>> received = receivedByRecipient();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(received.getOrDefault(address("fail", i), List.of())).hasSize(i == 7 ? 0 : 1);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where id in (" + list(ids)
                + ") and sent_at is not null", Long.class)).isEqualTo(19);
        assertThat(jdbc.queryForMap("select attempts, failure, recipient, body, sent_at is null as unsent, "
                + "failed_at is not null as given_up from notification_outbox where id = ?", bad))
                .containsEntry("attempts", 1).containsEntry("failure", "address not valid")
                .containsEntry("recipient", "").containsEntry("body", "").containsEntry("unsent", true)
                .containsEntry("given_up", true);
        assertThat(log.getAll()).contains("Sending outbox notice " + bad + " failed (address not valid, try 1): "
                + "given up").doesNotContain("ikke en adresse").doesNotContain("kode 7");

        claimedAgo(bad, claimTime.plusSeconds(1));
        relay.relay();
        assertThat(jdbc.queryForObject("select attempts from notification_outbox where id = ?", Integer.class, bad))
                .as("not tried again").isEqualTo(1);
        jdbc.update("delete from notification_outbox where id = ?", bad);
    }

    /**
     * A mail server that puts a recipient off (451) gets the mail again after the claim time, then after twice as
     * long each time, until the tries run out; one that refuses the address (550) has it given up at once. The
     * server's answers come from {@link RefusingSmtp} in front of GreenMail.
     */
    @Test
    void aMailTheServerPutsOffIsTriedAgainLaterAndLater_oneItRefusesIsGivenUpAtOnce() throws Exception {
        List<Long> ids = notices("refuse", 3);
        long later = ids.get(0);
        long refused = ids.get(1);
        jdbc.update("update notification_outbox set recipient = ? where id = ?",
                "tempfail-" + run + "@example.invalid", later);
        jdbc.update("update notification_outbox set recipient = ? where id = ?",
                "permfail-" + run + "@example.invalid", refused);
        int greenMail = mail.getPort();
        try (RefusingSmtp server = new RefusingSmtp(greenMail)) {
            mail.setPort(server.port());
            relay.relay();

            assertThat(receivedByRecipient().get(address("refuse", 2))).as("the third goes out").hasSize(1);
            assertThat(jdbc.queryForMap("select attempts, failure, recipient, failed_at is not null as given_up "
                    + "from notification_outbox where id = ?", refused)).containsEntry("attempts", 1)
                    .containsEntry("failure", "address refused by the mail server").containsEntry("recipient", "")
                    .containsEntry("given_up", true);
            assertThat(jdbc.queryForMap("select attempts, failure, failed_at is null as waiting "
                    + "from notification_outbox where id = ?", later)).containsEntry("attempts", 1)
                    .containsEntry("failure", "mail server asked to try later").containsEntry("waiting", true);

            claimedAgo(later, claimTime.plusSeconds(1));
            relay.relay();
            assertThat(attempts(later)).as("tried again after the claim time").isEqualTo(2);
            Instant now = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
            assertThat(claimedAt(later)).as("the next try waits twice the claim time")
                    .isAfter(now.plus(claimTime).minusSeconds(5)).isBefore(now.plus(claimTime).plusSeconds(5));
            relay.relay();
            assertThat(attempts(later)).as("not tried within the wait").isEqualTo(2);

            jdbc.update("update notification_outbox set attempts = 9 where id = ?", later);
            claimedAgo(later, claimTime.plusSeconds(1));
            relay.relay();
            assertThat(jdbc.queryForMap("select attempts, failed_at is not null as given_up, recipient "
                    + "from notification_outbox where id = ?", later)).containsEntry("attempts", 10)
                    .containsEntry("given_up", true).containsEntry("recipient", "");
        } finally {
            mail.setPort(greenMail);
        }
        assertThat(receivedByRecipient()).doesNotContainKeys("tempfail-" + run + "@example.invalid",
                "permfail-" + run + "@example.invalid");
    }

    /** Claims are timed by the database's clock, which all nodes share, not by a node's (or the demo's) clock. */
    @Test
    void aNoticeClaimedByANodeThatDiedIsSentAfterTheClaimTime_byTheDatabaseClock() throws Exception {
        long id = notices("dead", 1).get(0);
        jdbc.update("update notification_outbox set claimed_by = 'dead-node:1' where id = ?", id);
        claimedAgo(id, claimTime.dividedBy(2));
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3))));

        relay.relay();
        assertThat(receivedByRecipient().get(address("dead", 0))).as("still claimed by the dead node, although "
                + "this node's clock has moved three days").isNull();

        claimedAgo(id, claimTime.plusSeconds(1));
        relay.relay();
        relay.relay();
        assertThat(receivedByRecipient().get(address("dead", 0))).hasSize(1);
    }

    @Test
    void aClaimReadsTheUnsentMailsOnly_notAYearOfSentOnes() throws Exception {
        String key = "mail-relay-it:year:" + run + ":";
        jdbc.update("insert into notification_outbox (channel, recipient, subject, body, created_at, sent_at, "
                + "claimed_at, idempotency_key) select 'EMAIL', '', 'Spørreskjema', '', now(), now(), now(), ? || g "
                + "from generate_series(1, 20000) g", key);
        jdbc.update("insert into notification_outbox (channel, recipient, body, created_at, idempotency_key) "
                + "select 'SMS', '+4790000000', 'Kode', now(), ? || 's' || g from generate_series(1, 3000) g", key);
        try {
            jdbc.execute("analyze notification_outbox");
            String plan = String.join("\n", jdbc.queryForList("explain " + MailRelay.CLAIM, String.class,
                    OffsetDateTime.now(ZoneOffset.UTC).minus(claimTime), 50));
            assertThat(plan).as("the claim's plan").contains("ix_notification_outbox_claimable")
                    .doesNotContain("notification_outbox_pkey");

            long id = notices("after-year", 1).get(0);
            relay.relay();
            assertThat(receivedByRecipient().get(address("after-year", 0))).hasSize(1);
            assertThat(jdbc.queryForObject("select sent_at is not null from notification_outbox where id = ?",
                    Boolean.class, id)).isTrue();
        } finally {
            jdbc.update("delete from notification_outbox where idempotency_key like ?", key + "%");
        }
    }

    private final int run = RUN.incrementAndGet();

    private String address(String kind, int i) {
        return "relay-" + kind + "-" + run + "-" + i + "@example.invalid";
    }

    /** E-mail notices in the outbox as the outbox stores them (recipient, subject, text, key); their ids. */
    private List<Long> notices(String kind, int count) {
        String key = "mail-relay-it:" + kind + ":" + run + ":" + System.nanoTime() + ":";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {address(kind, i), "Spørreskjema " + i, "Svar på https://example.invalid/p kode "
                    + i, OffsetDateTime.now(ZoneOffset.UTC), key + i});
        }
        jdbc.batchUpdate("insert into notification_outbox (channel, recipient, subject, body, created_at, "
                + "idempotency_key) values ('EMAIL', ?, ?, ?, ?, ?)", rows);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(jdbc.queryForObject("select id from notification_outbox where idempotency_key = ?", Long.class,
                    key + i));
        }
        return ids;
    }

    /** Sets the notice's claim to this long before the database's now; returns the claim time stamp. */
    private Instant claimedAgo(long id, Duration ago) {
        jdbc.update("update notification_outbox set claimed_at = current_timestamp - make_interval(secs => ?) "
                + "where id = ?", ago.toMillis() / 1000.0, id);
        return claimedAt(id);
    }

    private int attempts(long id) {
        return jdbc.queryForObject("select attempts from notification_outbox where id = ?", Integer.class, id);
    }

    private Instant claimedAt(long id) {
        return jdbc.queryForObject("select claimed_at from notification_outbox where id = ?", OffsetDateTime.class,
                id).toInstant();
    }

    private static String list(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static Map<String, List<MimeMessage>> receivedByRecipient() throws MessagingException {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : MailTestServer.server().getReceivedMessages()) {
            for (jakarta.mail.Address to : message.getAllRecipients()) {
                byRecipient.computeIfAbsent(((InternetAddress) to).getAddress(), a -> new ArrayList<>())
                        .add(message);
            }
        }
        return byRecipient;
    }
}
