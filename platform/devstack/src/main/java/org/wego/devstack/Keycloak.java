package org.wego.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak from the distribution zip, one per mode, with the {@code wego} realm and the demo users
 * imported at start. Started with {@code start --optimized} on a distribution built once: measured
 * on two cores, a fresh start with the realm import takes about 11 s and a restart about 6 s, where
 * {@code start-dev} re-runs the Quarkus augmentation (another 17 s) every time and has no health
 * endpoint.
 */
final class Keycloak implements Part {

    /** Four minutes, or WEGO_KEYCLOAK_START_SECONDS on a machine shared by many builds (Keycloak then starts slowly). */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("WEGO_KEYCLOAK_START_SECONDS", "240")));

    private static final String HEAP = "-Xms64m -Xmx512m";

    private final Mode mode;
    private final StackPaths paths;
    private final JsonNode realm;
    private final ObjectMapper json;
    private final @Nullable Path themes;
    private final @Nullable Path passwordDenylists;
    private @Nullable Process process;

    Keycloak(
            Mode mode,
            StackPaths paths,
            JsonNode realm,
            ObjectMapper json,
            @Nullable Path themes,
            @Nullable Path passwordDenylists) {
        this.mode = mode;
        this.paths = paths;
        this.realm = realm;
        this.json = json;
        this.themes = themes;
        this.passwordDenylists = passwordDenylists;
    }

    static String baseUrl(Mode mode) {
        return "http://localhost:" + mode.keycloakPort;
    }

    /**
     * Runtime options. In run mode the hostname is pinned, so the issuer is
     * {@code http://localhost:PORT/realms/wego} however Keycloak is reached; in test mode the issuer follows
     * the address a request came to, so a test can put a relay in front of Keycloak and cut it (an
     * identity-provider outage) without the issuer changing under the platform. Both listeners bind the loopback address only, because the
     * bootstrap admin's password is {@code admin}. The local cache turns off clustering, which would
     * otherwise open JGroups ports that collide between the two modes.
     */
    static List<String> startArguments(Mode mode) {
        String hostname = mode == Mode.RUN ? "--hostname=" + baseUrl(mode) : "--hostname-strict=false";
        return List.of(
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=" + StackEnvironment.LOOPBACK,
                "--http-port=" + mode.keycloakPort,
                "--http-management-host=" + StackEnvironment.LOOPBACK,
                "--http-management-port=" + mode.keycloakManagementPort,
                hostname,
                "--cache=local",
                "--import-realm");
    }

    /**
     * The environment of a Keycloak child: the JDK this stack runs on (Keycloak 26.7 runs on 25) and
     * nothing from the developer's shell that would change how Keycloak is configured.
     */
    static void environment(Map<String, String> env, Map<String, String> extra) {
        env.keySet()
                .removeIf(name -> name.startsWith("KC_")
                        || name.startsWith("QUARKUS_")
                        || name.equals("JAVA")
                        || name.startsWith("JAVA_OPTS")
                        || name.equals("JAVA_ADD_OPENS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", HEAP);
        env.putAll(extra);
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    @Override
    public String name() {
        return "Keycloak";
    }

    @Override
    public List<Ports.Wanted> ports() {
        return List.of(
                new Ports.Wanted(mode.keycloakPort, "Keycloak HTTP"),
                new Ports.Wanted(mode.keycloakManagementPort, "Keycloak management"));
    }

    private Path home() {
        return paths.keycloakHome();
    }

    private boolean isOurs(String commandLine) {
        String bin = home().resolve("bin").toString();
        return commandLine.contains(bin + "/kc.sh") || commandLine.contains("-Dkc.home.dir=" + bin + "/..");
    }

    @Override
    public void reapStale() {
        Processes.reapStale(paths.pidFile("keycloak"), this::isOurs, "Keycloak");
        Processes.reapBySignature(this::isOurs, "Keycloak");
    }

    @Override
    public void start() throws Exception {
        Path dist = KeycloakDistribution.prepare(paths.cacheDir());
        Path home = home();
        byte[] realmJson = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(realm);
        String hash = sha256(realmJson);
        Path hashFile = home.resolve("imported-realm.sha256");
        Files.createDirectories(home);
        String imported =
                Files.isRegularFile(hashFile) ? Files.readString(hashFile).strip() : "";
        if (!imported.equals(hash)) {
            // Keycloak imports a realm only when it does not exist yet: start over so the edit applies.
            if (Files.isDirectory(KeycloakHome.databaseDir(home))) {
                Log.info("realm or demo users changed since the last import: resetting Keycloak's database");
            }
            KeycloakDistribution.deleteTree(KeycloakHome.databaseDir(home));
            Files.deleteIfExists(hashFile);
        }
        KeycloakHome.prepare(dist, home, themes);
        KeycloakHome.placePasswordDenylists(home, passwordDenylists);
        Path importDir = KeycloakHome.importDir(home);
        KeycloakDistribution.deleteTree(importDir);
        Files.createDirectories(importDir);
        Files.write(importDir.resolve("wego-realm.json"), realmJson);

        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(startArguments(mode));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(paths.keycloakLog().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        environment(
                builder.environment(),
                Map.of(
                        "KC_BOOTSTRAP_ADMIN_USERNAME", StackEnvironment.KEYCLOAK_ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", StackEnvironment.KEYCLOAK_ADMIN_PASSWORD));
        Process started = builder.start();
        process = started;
        Processes.writePids(paths.pidFile("keycloak"), List.of(started.pid()));
        awaitReady(started);
        // Now the JVM below kc.sh exists: record it too, in case kc.sh dies before it.
        Processes.writePids(
                paths.pidFile("keycloak"),
                Stream.concat(Stream.of(started.toHandle()), started.descendants())
                        .map(ProcessHandle::pid)
                        .toList());
        Files.writeString(hashFile, hash + "\n");
    }

    private void awaitReady(Process started) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        String health = "http://" + StackEnvironment.LOOPBACK + ":" + mode.keycloakManagementPort + "/health/ready";
        String discovery = "http://" + StackEnvironment.LOOPBACK + ":" + mode.keycloakPort + "/realms/"
                + RealmComposer.REALM + "/.well-known/openid-configuration";
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new StackException("Keycloak exited with code " + started.exitValue() + "; last lines of "
                        + paths.keycloakLog() + ":\n" + tail(paths.keycloakLog(), 30));
            }
            if (answers200(http, health) && answers200(http, discovery)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new StackException("Keycloak was not ready after " + START_TIMEOUT.toSeconds() + " s; last lines of "
                + paths.keycloakLog() + ":\n" + tail(paths.keycloakLog(), 30));
    }

    private static boolean answers200(HttpClient http, String url) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void stop() {
        Process running = process;
        if (running != null) {
            Processes.killTree(running.toHandle());
            process = null;
        }
        reapStale();
    }
}
