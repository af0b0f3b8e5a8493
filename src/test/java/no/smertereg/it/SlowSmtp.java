package no.smertereg.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP relay in front of the test SMTP server that holds each of the server's replies for a while, as a distant
 * mail server would: a batch of mails then takes seconds, so a node can be killed while it sends one.
 */
final class SlowSmtp implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final Duration replyDelay;

    SlowSmtp(int serverPort, Duration replyDelay) throws IOException {
        this.listener = new ServerSocket(0);
        this.serverPort = serverPort;
        this.replyDelay = replyDelay;
        daemon(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket("127.0.0.1", serverPort);
                daemon(() -> pump(client, server, Duration.ZERO));
                daemon(() -> pump(server, client, replyDelay));
            } catch (IOException closed) {
                return;
            }
        }
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

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "slow-smtp");
        thread.setDaemon(true);
        thread.start();
    }
}
