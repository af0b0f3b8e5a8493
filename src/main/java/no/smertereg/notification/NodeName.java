package no.smertereg.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This node as the outbox's claims name it: host and process id, so an operator sees which node holds a claim. */
final class NodeName {

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
        return name.length() > 64 ? name.substring(name.length() - 64) : name;
    }
}
