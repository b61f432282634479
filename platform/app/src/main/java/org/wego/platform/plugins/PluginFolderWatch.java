package org.wego.platform.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The development loop: watches the folders where plugin jars are built and hands a jar that changed to
 * {@link PluginRuntime#reinstall}, the runtime's audited upgrade path, so a rebuilt plugin runs without a
 * platform restart. Off unless {@code wego.plugins.watch.folders} names folders ({@code ./wego run} names
 * its checkout's {@code plugins/}{@code *}{@code /target}).
 *
 * <p>Debounced: a jar is read once it has been quiet for the quiet period (Maven writes it, then signs it in
 * place), and only when its content differs from what was last seen, so touching a jar reinstalls nothing.
 * A refused jar (unsigned, broken) is logged and left; the next build of it is tried again.
 */
@Component
class PluginFolderWatch implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFolderWatch.class);

    private final PluginRuntime runtime;
    private final List<Path> folders;
    private final long quietMillis;
    private final Map<Path, String> seen = new LinkedHashMap<>();
    private final Map<Path, Long> pending = new LinkedHashMap<>();
    private final java.util.Set<Path> gone = new java.util.LinkedHashSet<>();
    private @Nullable WatchService watcher;
    private @Nullable Thread thread;

    PluginFolderWatch(PluginRuntime runtime, PluginWatchSettings settings) {
        this.runtime = runtime;
        this.folders = settings.foldersOrNone().stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
        this.quietMillis = settings.quietPeriodOrDefault().toMillis();
    }

    @Override
    public synchronized void start() {
        if (folders.isEmpty()) {
            return;
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                Files.createDirectories(folder);
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                // What is there now is what the platform started with: only later changes count.
                for (Path jar : jarsIn(folder)) {
                    seen.put(jar, digest(jar));
                }
            }
            watcher = service;
        } catch (IOException e) {
            LOG.warn("Cannot watch the plugin folders {}: {}", folders, e.getMessage());
            return;
        }
        Thread watching =
                Thread.ofPlatform().daemon().name("wego-plugin-folder-watch").unstarted(this::watch);
        thread = watching;
        watching.start();
        LOG.info("Watching {} for rebuilt plugin jars", folders);
    }

    private void watch() {
        WatchService service = java.util.Objects.requireNonNull(watcher);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(Math.max(50, quietMillis / 4), TimeUnit.MILLISECONDS);
                if (key != null) {
                    Path folder = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name
                                && name.toString().endsWith(".jar")) {
                            pending.put(folder.resolve(name), System.nanoTime());
                        }
                    }
                    if (!key.reset()) {
                        // The folder went (mvn clean): watched again once the next build makes it.
                        gone.add(folder);
                    }
                }
                watchAgainWhatCameBack(service);
                installQuietJars();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A folder deleted and made again is watched again, and the jars already in it are read. */
    private void watchAgainWhatCameBack(WatchService service) {
        for (Path folder : List.copyOf(gone)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                gone.remove(folder);
                for (Path jar : jarsIn(folder)) {
                    pending.put(jar, System.nanoTime());
                }
            } catch (IOException e) {
                LOG.debug("Cannot watch {} again yet: {}", folder, e.getMessage());
            }
        }
    }

    /** Each jar that has not changed for the quiet period, if its content is new. */
    private void installQuietJars() {
        long now = System.nanoTime();
        for (var entry : List.copyOf(pending.entrySet())) {
            if (TimeUnit.NANOSECONDS.toMillis(now - entry.getValue()) < quietMillis) {
                continue;
            }
            Path jar = entry.getKey();
            pending.remove(jar);
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            try {
                String content = digest(jar);
                if (content.equals(seen.get(jar))) {
                    continue;
                }
                seen.put(jar, content);
                PluginStatus status = runtime.reinstall(jar);
                LOG.info(
                        "Rebuilt plugin {} {} reinstalled from {}: {}",
                        status.id(),
                        status.version(),
                        jar,
                        status.state());
            } catch (PluginException | IOException e) {
                LOG.warn("Rebuilt plugin jar {} not reinstalled: {}", jar, e.getMessage());
            }
        }
    }

    @Override
    public synchronized void stop() {
        Thread watching = thread;
        if (watching != null) {
            watching.interrupt();
        }
        WatchService service = watcher;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.debug("Closing the plugin folder watch", e);
            }
        }
        thread = null;
        watcher = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** After the runtime (phase 0) has loaded the folder's plugins. */
    @Override
    public int getPhase() {
        return 1;
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).toList();
        }
    }

    private static String digest(Path jar) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest sha = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
