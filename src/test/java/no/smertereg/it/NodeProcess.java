package no.smertereg.it;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * An application node in a JVM of its own ({@link ClusterNode}), on the tests' PostgreSQL, ready when it answers. A
 * node lives for a minute at most: the client compiler alone and the serial collector start it in 13 s instead of
 * 20 on two cores, which the cluster tests' eight node starts feel in the build's time.
 */
final class NodeProcess {

    private final Process process;
    private final int port;

    private NodeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a node with its engine clock at {@code clock} and waits until it serves the login page. */
    static NodeProcess start(String name, Instant clock, List<String> arguments) throws IOException {
        return start(name, clock.toString(), arguments);
    }

    /** Starts a node whose engine clock runs {@code offset} ahead of the wall clock (as this JVM's may). */
    static NodeProcess startRunning(String name, Duration offset, List<String> arguments) throws IOException {
        return start(name, ClusterNode.OFFSET + offset.toMillis(), arguments);
    }

    private static NodeProcess start(String name, String clock, List<String> arguments) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Duser.timezone=Europe/Oslo", "-cp", classPath(),
                ClusterNode.class.getName(), clock));
        command.addAll(arguments);
        command.add("--server.port=" + port);
        Path log = Files.createDirectories(Path.of("target", "cluster")).resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped at start; see " + log);
            }
            try {
                return Files.readString(log).contains(ClusterNode.READY) && http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return new NodeProcess(process, port);
    }

    int port() {
        return port;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** This JVM's class path, with the entries of Surefire's manifest-only jar spelled out, each once. */
    private static String classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && entry.contains("surefire")) {
                try (JarFile jar = new JarFile(entry)) {
                    String manifestPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : manifestPath == null ? new String[0] : manifestPath.split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(URI.create(url).isAbsolute() ? URI.create(url)
                                    : Path.of(entry).getParent().toUri().resolve(url)).normalize().toString());
                        }
                    }
                }
            } else {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
