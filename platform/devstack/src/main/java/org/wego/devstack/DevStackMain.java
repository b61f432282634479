package org.wego.devstack;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code java -jar wego-devstack.jar --mode=run|test [--no-db] [--no-keycloak] [--no-mail]}. */
public final class DevStackMain {

    private DevStackMain() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (UsageException e) {
            System.err.println("wego-devstack: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        if (options.nothingToStart()) {
            System.err.println("wego-devstack: --no-db, --no-keycloak and --no-mail together leave nothing to start");
            System.exit(2);
            return;
        }
        StackPaths paths =
                StackPaths.resolve(options.mode(), System.getenv(), Path.of(System.getProperty("user.home")));
        DevStack stack = new DevStack(options, paths, jarDir());
        try {
            stack.run();
        } catch (StackException e) {
            Log.error(e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Log.error("the dev stack failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static @Nullable Path jarDir() {
        try {
            Path location = Path.of(DevStackMain.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.getParent();
        } catch (Exception e) {
            return null;
        }
    }
}
