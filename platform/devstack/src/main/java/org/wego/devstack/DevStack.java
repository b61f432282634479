package org.wego.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** Starts the parts in parallel, publishes {@code stack.env} and stops everything on shutdown. */
final class DevStack {

    static final String READY_LINE = "WEGO STACK READY";
    static final String OWN_LOG = "devstack.log";

    private final Options options;
    private final StackPaths paths;
    private final @Nullable Path jarDir;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Part> parts = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    DevStack(Options options, StackPaths paths, @Nullable Path jarDir) {
        this.options = options;
        this.paths = paths;
        this.jarDir = jarDir;
    }

    void run() throws Exception {
        Mode mode = options.mode();
        Files.createDirectories(paths.lockFile().getParent());
        try (FileChannel lockChannel =
                        FileChannel.open(paths.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                throw new StackException("a " + mode.id() + " stack is already running" + runningPid()
                        + "; stop it first (Ctrl-C in its terminal, or kill that pid)");
            }
            runLocked();
        }
    }

    private String runningPid() {
        List<Long> pids = Processes.readPids(paths.stateDir().resolve("devstack.pid"));
        return pids.isEmpty() ? "" : " (pid " + pids.getFirst() + ")";
    }

    private void runLocked() throws Exception {
        Mode mode = options.mode();
        String clientSecret = "";
        String adminClientSecret = "";
        if (options.db()) {
            parts.add(new Database(mode, paths));
        }
        if (options.keycloak()) {
            RealmSource source =
                    RealmSource.locate(options.realmDir(), Path.of("").toAbsolutePath(), jarDir);
            JsonNode realmFile = source.realm(json);
            clientSecret = RealmComposer.clientSecret(realmFile, StackEnvironment.CLIENT_ID);
            adminClientSecret = RealmComposer.clientSecret(realmFile, StackEnvironment.ADMIN_CLIENT_ID);
            JsonNode realm = RealmComposer.compose(realmFile, source.demoUsers(json), smtpHost(), smtpPort());
            parts.add(new Keycloak(
                    mode,
                    paths,
                    realm,
                    json,
                    source.realmFile().toAbsolutePath().getParent().resolve("themes"),
                    source.realmFile().toAbsolutePath().getParent().resolve(KeycloakHome.PASSWORD_DENYLISTS)));
            Log.info("realm from " + source.realmFile() + " with the accounts of " + source.demoUsersFile());
        }
        if (options.mail()) {
            parts.add(new MailSink(mode, paths.mailDir()));
        }

        // The lock says no live stack of this mode owns these processes: they were left by a killed run.
        parts.forEach(Part::reapStale);
        if (mode == Mode.TEST) {
            wipeTestState();
        }
        Files.createDirectories(paths.stateDir());
        Files.deleteIfExists(paths.envFile());
        Processes.writePids(
                paths.stateDir().resolve("devstack.pid"),
                List.of(ProcessHandle.current().pid()));
        Ports.requireFree(parts.stream().flatMap(p -> p.ports().stream()).toList(), mode);

        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "devstack-shutdown"));
        Log.info("starting the " + mode.id() + " stack in " + paths.stateDir() + ": "
                + String.join(", ", parts.stream().map(Part::name).toList()));
        startAll();

        Map<String, String> env = StackEnvironment.of(options, clientSecret, adminClientSecret);
        EnvFile.writeAtomically(
                paths.envFile(),
                EnvFile.render(
                        env,
                        "WeGO " + mode.id() + " stack, written " + ZonedDateTime.now() + " by pid "
                                + ProcessHandle.current().pid() + "\nSource it: . " + paths.envFile()));
        Log.info("environment for the platform: " + paths.envFile() + " (" + String.join(" ", env.keySet()) + ")");
        System.out.println(READY_LINE);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private String smtpHost() {
        String external = System.getenv(options.mode().envPrefix + "SMTP_HOST");
        return options.mail() || external == null || external.isBlank() ? StackEnvironment.LOOPBACK : external;
    }

    private int smtpPort() {
        String external = System.getenv(options.mode().envPrefix + "SMTP_PORT");
        if (options.mail() || external == null || !external.matches("\\d{1,5}")) {
            return options.mode().smtpPort;
        }
        return Integer.parseInt(external);
    }

    /** Every test run starts from nothing; only the log the launcher is writing right now is kept. */
    private void wipeTestState() throws IOException {
        if (!Files.isDirectory(paths.stateDir())) {
            return;
        }
        try (var children = Files.list(paths.stateDir())) {
            for (Path child : children.toList()) {
                if (!child.getFileName().toString().equals(OWN_LOG)) {
                    KeycloakDistribution.deleteTree(child);
                }
            }
        }
    }

    private void startAll() throws InterruptedException {
        long begin = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(parts.size())) {
            for (Part part : parts) {
                futures.add(executor.submit(() -> {
                    long start = System.nanoTime();
                    Thread.currentThread().setName("start-" + part.name());
                    part.start();
                    long took = System.nanoTime() - start;
                    Log.info(part.name() + " ready in " + Log.seconds(took));
                    return took;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add(parts.get(i).name() + ": "
                            + (cause instanceof StackException ? cause.getMessage() : String.valueOf(cause)));
                    if (!(cause instanceof StackException)) {
                        cause.printStackTrace();
                    }
                }
            }
            if (!failures.isEmpty()) {
                throw new StackException("could not start the stack:\n  " + String.join("\n  ", failures));
            }
        }
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Log.info("all parts ready in " + Log.seconds(System.nanoTime() - begin) + " ("
                + Log.seconds(Duration.between(jvmStart, Instant.now()).toNanos())
                + " since the dev stack was launched)");
    }

    /** Stops the parts in parallel: Keycloak takes a few seconds and nothing depends on the order. */
    void stopAll() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Log.info("stopping the " + options.mode().id() + " stack");
        try {
            Files.deleteIfExists(paths.envFile());
        } catch (IOException e) {
            // The launcher deletes it too before the next start.
        }
        List<Thread> threads = parts.stream()
                .map(part -> Thread.ofPlatform().name("stop-" + part.name()).start(part::stop))
                .toList();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(paths.stateDir().resolve("devstack.pid"));
        } catch (IOException e) {
            // Harmless: the pid is checked against the lock before it is trusted.
        }
        Log.info("stopped");
    }
}
