package no.smertereg.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This node as the outbox's claims name it: host and process id, so an operator sees which node holds a claim. */
final class NodeName {

    /** Room in {@code claimed_by} (64) for the batch's own token after the name. */
    private static final int MAX = 54;

    private NodeName() {
    }

    static String current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() > MAX ? name.substring(name.length() - MAX) : name;
    }
}
