package no.smertereg.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP relay in front of the test SMTP server that holds each of the server's replies for a while, as a distant
 * mail server would: a batch of mails then takes seconds, so a node can be killed while it sends one.
 */
final class SlowSmtp extends SmtpProxy {

    private final Duration replyDelay;

    SlowSmtp(int serverPort, Duration replyDelay) throws IOException {
        super(serverPort, "slow-smtp");
        this.replyDelay = replyDelay;
        start();
    }

    @Override
    void relay(Socket client, Socket server) {
        daemon(() -> pump(client, server, Duration.ZERO));
        daemon(() -> pump(server, client, replyDelay));
    }

    private static void pump(Socket from, Socket to, Duration delay) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // one side closed or died (a killed node): close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }
}
