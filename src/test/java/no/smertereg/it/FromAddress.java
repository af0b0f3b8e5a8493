package no.smertereg.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request sent from another loopback address (127.0.0.2, ...): the server sees another client, as it would see
 * another machine. Answers with the status and the Location header.
 */
final class FromAddress {

    record Answer(int status, String location) {
    }

    private FromAddress() {
    }

    static Answer post(String localAddress, int port, String path, String form, String cookie) throws IOException {
        return send(localAddress, port, "POST", path, "Content-Type: application/x-www-form-urlencoded\r\nCookie: "
                + cookie + "\r\nAccept: text/html", form);
    }

    /** A GET with one header line (e.g. {@code Authorization: Basic ...}). */
    static Answer get(String localAddress, int port, String path, String header) throws IOException {
        return send(localAddress, port, "GET", path, header + "\r\nAccept: application/json", "");
    }

    private static Answer send(String localAddress, int port, String method, String path, String headers,
            String content) throws IOException {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            String location = "";
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    location = line.substring(9).trim();
                }
            }
            return new Answer(status, location);
        }
    }
}
