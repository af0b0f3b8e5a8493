package no.smertereg.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay in front of the test SMTP server, on a free local port: each client connection gets its own
 * connection to the server, and the subclass relays between them on daemon threads.
 */
abstract class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final String threadName;

    SmtpProxy(int serverPort, String threadName) throws IOException {
        this.listener = new ServerSocket(0);
        this.serverPort = serverPort;
        this.threadName = threadName;
    }

    /** Starts accepting; called by the subclass's constructor once its own fields are set. */
    final void start() {
        daemon(this::accept);
    }

    /** Relays one client connection to its server connection, closing both when either side is gone. */
    abstract void relay(Socket client, Socket server) throws IOException;

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
                relay(listener.accept(), new Socket("127.0.0.1", serverPort));
            } catch (IOException closed) {
                return;
            }
        }
    }

    final void daemon(Runnable work) {
        Thread thread = new Thread(work, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
