package org.wego.platform.plugins.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wego.platform.WegoApplication;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.platform.plugins.PluginState;
import org.wego.platform.plugins.PluginStatus;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.WegoPlugin;

/**
 * How long installing one plugin takes while the platform runs, for {@code ./wego bench plugins}.
 *
 * <p>Boots the platform in this JVM against the stack named by the {@code WEGO_*} environment (the
 * run stack's {@code stack.env}), with an empty plugins folder. Then, {@value #RUNS} times, installs
 * the complete plugin {@code bench-install} (built once, before any timing), checks it started and
 * uninstalls it with its data. The baseline, in the same JVM: loading the same jar with a plain
 * {@link URLClassLoader} and instantiating its entry class reflectively. Finally each jar named on
 * the command line is installed and uninstalled with its data, so the bench leaves no table of its
 * plugins behind in the run database.
 *
 * <p>{@code InstallBenchIT} runs the same install and baseline on the test stack with the harness {@code
 * Bench} (a smoke run under {@code ./wego test}), so a change of the runtime that breaks this benchmark fails
 * the build.
 *
 * <p>{@code InstallBench RESULTS_FILE [JAR_TO_CLEAN_UP...]} writes lines {@code baseline NANOS},
 * {@code install NANOS}, {@code uninstall NANOS} and {@code cleanup ID STATE} to the results file.
 */
public final class InstallBench {

    static final int RUNS = 5;
    static final String ID = "bench-install";

    private InstallBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: InstallBench RESULTS_FILE [JAR_TO_CLEAN_UP...]");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Path uploads = Files.createTempDirectory("wego-bench-uploads");
        Path plugins = Files.createTempDirectory("wego-bench-plugins");
        Path jar = BenchPlugins.complete(ID, uploads);
        List<String> problems = new ArrayList<>();
        ConfigurableApplicationContext context = null;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(results, StandardCharsets.UTF_8), true)) {
            try {
                context = new SpringApplicationBuilder(WegoApplication.class)
                        .run("--server.port=0", "--wego.plugins.dir=" + plugins);
                PluginRuntime runtime = context.getBean(PluginRuntime.class);
                if (!runtime.plugins().isEmpty()) {
                    throw new IllegalStateException(
                            "the plugins folder " + plugins + " was not empty: " + runtime.plugins());
                }
                for (int i = 0; i < RUNS; i++) {
                    out.println("baseline " + plainLoad(jar));
                }
                time(runtime, jar, out);
            } catch (Exception | Error e) {
                problems.add("the install benchmark failed: " + e);
                e.printStackTrace();
            }
            if (context != null) {
                cleanUp(context.getBean(PluginRuntime.class), args, out, problems);
            }
        } finally {
            if (context != null) {
                context.close();
            }
            deleteQuietly(uploads);
            deleteQuietly(plugins);
        }
        problems.forEach(p -> System.err.println("InstallBench: " + p));
        int status = problems.isEmpty() ? 0 : 1;
        System.exit(status);
    }

    /** Installs and uninstalls the plugin {@value #RUNS} times, timing both. */
    private static void time(PluginRuntime runtime, Path jar, PrintWriter out) {
        for (int i = 0; i < RUNS; i++) {
            long[] times = installOnce(runtime, jar);
            out.println("install " + times[0]);
            out.println("uninstall " + times[1]);
        }
    }

    /**
     * Installs the plugin {@value #ID} from the jar (to STARTED, or it fails) and uninstalls it with its data.
     *
     * @return the nanoseconds of the install and of the uninstall
     */
    static long[] installOnce(PluginRuntime runtime, Path jar) {
        long start = System.nanoTime();
        PluginStatus installed = runtime.install(jar);
        long installedAt = System.nanoTime();
        if (installed.state() != PluginState.STARTED) {
            runtime.uninstall(ID, true);
            throw new IllegalStateException(ID + " did not start (" + installed.state() + "): " + installed.reason());
        }
        runtime.uninstall(ID, true);
        return new long[] {installedAt - start, System.nanoTime() - installedAt};
    }

    /**
     * Installs and uninstalls each jar named after the results file with its data: the plugins the
     * start-up benchmark migrated leave no table in the run database.
     */
    private static void cleanUp(PluginRuntime runtime, String[] args, PrintWriter out, List<String> problems) {
        for (int i = 1; i < args.length; i++) {
            try {
                PluginStatus cleaned = runtime.install(Path.of(args[i]));
                runtime.uninstall(cleaned.id(), true);
                out.println("cleanup " + cleaned.id() + " " + cleaned.state());
                if (cleaned.state() != PluginState.STARTED) {
                    problems.add(cleaned.id() + " did not start during the clean-up (" + cleaned.state() + "): "
                            + cleaned.reason());
                }
            } catch (RuntimeException e) {
                problems.add("cleaning up " + args[i] + " failed: " + e.getMessage());
            }
        }
    }

    /** The baseline: the jar on a plain class loader, its entry class loaded and instantiated; nanoseconds. */
    static long plainLoad(Path jar) throws Exception {
        long start = System.nanoTime();
        String entryClass;
        try (JarFile file = new JarFile(jar.toFile())) {
            entryClass = file.getManifest().getMainAttributes().getValue("Plugin-Class");
        }
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, InstallBench.class.getClassLoader())) {
            Class<?> entry = Class.forName(entryClass, true, loader);
            Object plugin = entry.getConstructor(PluginContext.class).newInstance((Object) null);
            long elapsed = System.nanoTime() - start;
            if (!(plugin instanceof WegoPlugin)) {
                throw new IllegalStateException(entryClass + " is no WegoPlugin");
            }
            return elapsed;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
