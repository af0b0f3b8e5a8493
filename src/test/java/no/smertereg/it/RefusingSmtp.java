package no.smertereg.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A TCP relay in front of the test SMTP server that answers a recipient itself, as a mail server does: an address
 * containing {@code tempfail} gets "451" (try again later), one containing {@code permfail} gets "550" (no such
 * user); every other command and reply passes unchanged.
 */
final class RefusingSmtp extends SmtpProxy {

    RefusingSmtp(int serverPort) throws IOException {
        super(serverPort, "refusing-smtp");
        start();
    }

    @Override
    void relay(Socket client, Socket server) throws IOException {
        OutputStream toClient = client.getOutputStream();
        daemon(() -> commands(client, server, toClient));
        daemon(() -> replies(server, client, toClient));
    }

    private static void commands(Socket client, Socket server, OutputStream toClient) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream toServer = server.getOutputStream()) {
            boolean data = false;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (!data && command.startsWith("RCPT TO:") && command.contains("TEMPFAIL")) {
                    write(toClient, "451 4.3.0 Try again later");
                    continue;
                }
                if (!data && command.startsWith("RCPT TO:") && command.contains("PERMFAIL")) {
                    write(toClient, "550 5.1.1 No such user");
                    continue;
                }
                data = data ? !line.equals(".") : command.equals("DATA");
                toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                toServer.flush();
            }
        } catch (IOException gone) {
            // one side closed
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static void replies(Socket server, Socket client, OutputStream toClient) {
        byte[] buffer = new byte[16 * 1024];
        try {
            int read;
            while ((read = server.getInputStream().read(buffer)) >= 0) {
                synchronized (toClient) {
                    toClient.write(buffer, 0, read);
                    toClient.flush();
                }
            }
        } catch (IOException gone) {
            // one side closed
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static void write(OutputStream toClient, String reply) throws IOException {
        synchronized (toClient) {
            toClient.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            toClient.flush();
        }
    }
}
