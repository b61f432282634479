package org.wego.devstack;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to start, from the command line. Each part can be left out because the developer may point
 * the platform at a real database, Keycloak or mail server instead.
 */
record Options(
        Mode mode,
        boolean db,
        boolean keycloak,
        boolean mail,
        @Nullable Path realmDir,
        boolean help) {

    static final String USAGE = """
            Usage: java -jar wego-devstack.jar --mode=run|test [--no-db] [--no-keycloak] [--no-mail] [--realm-dir=DIR]

              --mode=run    development stack: MariaDB 13306, Keycloak 8180, SMTP 2525, IMAP 2143; data kept
              --mode=test   test stack: MariaDB 13307, Keycloak 8181, SMTP 2526, IMAP 2144; wiped at each start
              --no-db, --no-keycloak, --no-mail   leave that part out (an external one is used instead)
              --realm-dir=DIR   folder holding wego-realm.json and demo-users.json (default: deploy/keycloak
                                of the repository, found from the working directory or the jar)

            Writes <state>/stack.env, prints WEGO STACK READY, and runs until SIGINT or SIGTERM.
            """;

    static Options parse(List<String> args) {
        Mode mode = null;
        boolean db = true;
        boolean keycloak = true;
        boolean mail = true;
        Path realmDir = null;
        for (String arg : args) {
            switch (arg) {
                case "--no-db" -> db = false;
                case "--no-keycloak" -> keycloak = false;
                case "--no-mail" -> mail = false;
                case "-h", "--help", "help" -> {
                    return new Options(Mode.RUN, false, false, false, null, true);
                }
                default -> {
                    if (arg.startsWith("--mode=")) {
                        mode = Mode.parse(arg.substring("--mode=".length()));
                    } else if (arg.startsWith("--realm-dir=") && arg.length() > "--realm-dir=".length()) {
                        realmDir = Path.of(arg.substring("--realm-dir=".length()));
                    } else {
                        throw new UsageException("unknown argument '" + arg + "'");
                    }
                }
            }
        }
        if (mode == null) {
            throw new UsageException("--mode=run or --mode=test is required");
        }
        return new Options(mode, db, keycloak, mail, realmDir, false);
    }

    boolean nothingToStart() {
        return !db && !keycloak && !mail;
    }
}
