package org.wego.platform.plugins.bench;

import java.nio.file.Path;
import org.wego.platform.plugins.FixturePlugins;

/**
 * The plugins {@code ./wego bench plugins} starts and installs: the runtime tests' complete fixture
 * plugin (a table, a view, a menu entry, a widget, a permission, a job, messages), under other ids,
 * compiled against this JVM's class path.
 *
 * <p>{@code java -cp <app test class path> org.wego.platform.plugins.bench.BenchPlugins FOLDER ID...}
 * prints the path of each jar it builds.
 */
public final class BenchPlugins {

    /** The version every bench plugin has. */
    public static final String VERSION = "1.0.0";

    private BenchPlugins() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: BenchPlugins FOLDER ID...");
        }
        Path folder = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            System.out.println(complete(args[i], folder));
        }
    }

    /** Builds the complete plugin with this id into the folder, as {@code {id}-1.0.0.jar}. */
    public static Path complete(String id, Path folder) {
        return FixturePlugins.complete(id, VERSION, folder);
    }
}
