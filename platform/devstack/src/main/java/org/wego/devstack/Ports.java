package org.wego.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the ports before anything starts. Otherwise a busy port shows up as a timeout a minute
 * later, or worse, the platform silently talks to somebody else's server on that port.
 */
final class Ports {

    private Ports() {}

    record Wanted(int port, String what) {}

    static void requireFree(List<Wanted> wanted, Mode mode) {
        List<String> busy = new ArrayList<>();
        for (Wanted w : wanted) {
            if (!isFree(w.port())) {
                busy.add(w.port() + " (" + w.what() + ")");
            }
        }
        if (!busy.isEmpty()) {
            throw new StackException("port(s) " + String.join(", ", busy)
                    + " already in use by another program, so the " + mode.id()
                    + " stack cannot start. Find it with `ss -ltnp | grep PORT` and stop it, or use"
                    + " --no-db/--no-keycloak/--no-mail with an external server.");
        }
    }

    static boolean isFree(int port) {
        // Binding the loopback address also fails when something listens on 0.0.0.0 or ::.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(StackEnvironment.LOOPBACK), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
