package org.wego.platform.plugins;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ZipResourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.PluginIds;

/**
 * Applies a plugin's Liquibase changelog ({@code db/changelog/{pluginId}/db.changelog-master.yaml} in
 * its jar) before the plugin starts, into its own history table ({@code {prefix}changelog}), after
 * checking that it names only tables with the plugin's prefix.
 */
@Component
class PluginMigrations {

    private final DataSource dataSource;

    PluginMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String changelogOf(String pluginId) {
        return "db/changelog/" + pluginId + "/db.changelog-master.yaml";
    }

    static String historyTableOf(String pluginId) {
        return PluginIds.tablePrefix(pluginId) + "changelog";
    }

    /** Whether the plugin brings a changelog at all (a plugin without tables needs none). */
    static boolean hasChangelog(String pluginId, Path jar) {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.getEntry(changelogOf(pluginId)) != null;
        } catch (java.io.IOException e) {
            throw new PluginException("its jar cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks and applies the changelog.
     *
     * @throws PluginException naming each table outside the prefix, or Liquibase's reason for a failed
     *     change set (whose own changes MariaDB cannot roll back if they were DDL: the author fixes
     *     the change set, and the next start or upgrade applies it)
     */
    void apply(String pluginId, Path jar) {
        String changelog = changelogOf(pluginId);
        String prefix = PluginIds.tablePrefix(pluginId);
        // The jar itself, not the plugin's class loader: a changelog sees only its own files, and an
        // upgrade reads the new jar (a class-loader accessor served the old version's changelog).
        try (var resources = new ZipResourceAccessor(jar);
                Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(historyTableOf(pluginId));
            database.setDatabaseChangeLogLockTableName(historyTableOf(pluginId) + "_lock");
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
                DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance()
                        .getParser(changelog, resources)
                        .parse(changelog, new ChangeLogParameters(database), resources);
                List<String> violations = TablePrefixCheck.violations(parsed, prefix);
                if (!violations.isEmpty()) {
                    throw new PluginException(
                            "its changelog touches tables of others: " + String.join("; ", violations));
                }
                // Liquibase remembers "up to date" per database URL and changelog path for the whole JVM;
                // an upgraded jar has new change sets under the same path.
                Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
            });
        } catch (PluginException e) {
            throw e;
        } catch (Exception e) {
            PluginException known = findPluginException(e);
            if (known != null) {
                throw known;
            }
            throw new PluginException("its database migration failed: " + rootMessage(e), e);
        }
    }

    /**
     * The change sets applied to the plugin's tables, oldest first, as {@code id (date)}; empty for a
     * plugin without a changelog or not migrated yet.
     */
    List<String> applied(String pluginId) {
        String table = historyTableOf(pluginId);
        var jdbc = JdbcClient.create(dataSource);
        boolean exists =
                jdbc.sql("""
                        SELECT COUNT(*) FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND LOWER(table_name) = LOWER(:table)""").param("table", table).query(Integer.class).single() > 0;
        if (!exists) {
            return List.of();
        }
        // The table name is the plugin's checked prefix plus "changelog": safe to put in the statement.
        return jdbc.sql("SELECT ID, DATEEXECUTED FROM " + table + " ORDER BY ORDEREXECUTED")
                .query((rs, row) -> rs.getString("ID") + " ("
                        + rs.getTimestamp("DATEEXECUTED").toLocalDateTime().toLocalDate() + ")")
                .list();
    }

    /** Drops every table of the plugin, its history tables included: uninstall with its data. */
    void dropAll(String pluginId) {
        String prefix = PluginIds.tablePrefix(pluginId);
        try (Connection connection = dataSource.getConnection();
                var tables = connection.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_name LIKE ?")) {
            tables.setString(1, prefix.replace("_", "\\_") + "%");
            List<String> names = new java.util.ArrayList<>();
            try (var rs = tables.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            try (var drop = connection.createStatement()) {
                drop.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String name : names) {
                    drop.execute("DROP TABLE `" + name.replace("`", "") + "`");
                }
                drop.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        } catch (java.sql.SQLException e) {
            throw new PluginException("its tables could not be dropped: " + e.getMessage(), e);
        }
    }

    private static @org.jspecify.annotations.Nullable PluginException findPluginException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PluginException plugin) {
                return plugin;
            }
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
