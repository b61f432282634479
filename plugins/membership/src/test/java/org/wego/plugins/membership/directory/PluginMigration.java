package org.wego.plugins.membership.directory;

import java.sql.Connection;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * Runs the plugin's changelog as the platform does on install (same changelog path, history table
 * {@code membership_changelog}), so a test can apply a change set again to data written the old way.
 */
final class PluginMigration {

    static final String CHANGELOG = "db/changelog/membership/db.changelog-master.yaml";

    private PluginMigration() {}

    static void run(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName("membership_changelog");
            database.setDatabaseChangeLogLockTableName("membership_changelog_lock");
            // Liquibase remembers "up to date" per database and changelog for the JVM, the platform's run included.
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .execute();
        }
    }
}
