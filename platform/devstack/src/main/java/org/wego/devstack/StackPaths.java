package org.wego.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack keeps its files. Never under {@code java.io.tmpdir}: systemd and tmp cleaners
 * delete files of long-running databases there, and a developer's data must survive a reboot. The
 * development data follows {@code XDG_DATA_HOME} (it is worth keeping); everything that can be
 * recreated (the unpacked Keycloak and MariaDB binaries, the test stack) follows {@code
 * XDG_CACHE_HOME}.
 *
 * @param stateDir the folder of this mode's data, logs, pid files and {@code stack.env}
 * @param cacheDir {@code <cache>/wego}: unpacked distributions shared by both modes
 * @param lockFile held while a stack of this mode runs, outside {@code stateDir} because the test
 *     mode wipes that
 */
record StackPaths(Path stateDir, Path cacheDir, Path lockFile) {

    static StackPaths resolve(Mode mode, Map<String, String> env, Path home) {
        Path cache = xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("wego");
        return switch (mode) {
            case RUN -> {
                Path data =
                        xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("wego");
                yield new StackPaths(data.resolve("run"), cache, data.resolve("run.lock"));
            }
            case TEST -> new StackPaths(cache.resolve("test-stack"), cache, cache.resolve("test-stack.lock"));
        };
    }

    /** The XDG base directory spec says to ignore a relative path, and an empty one means unset. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank() || !value.startsWith("/")) {
            return fallback;
        }
        return Path.of(value);
    }

    Path envFile() {
        return stateDir.resolve("stack.env");
    }

    Path pidFile(String name) {
        return stateDir.resolve("pids").resolve(name + ".pid");
    }

    Path mailDir() {
        return stateDir.resolve("mail");
    }

    Path keycloakHome() {
        return stateDir.resolve("keycloak");
    }

    Path keycloakLog() {
        return stateDir.resolve("keycloak.log");
    }

    Path mariaDbDir() {
        return stateDir.resolve("mariadb");
    }
}
