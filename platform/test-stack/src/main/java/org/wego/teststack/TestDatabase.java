package org.wego.teststack;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A fresh schema on the test run's MariaDB, so each test class starts from an empty database and
 * its migrations run as they would on a new installation.
 *
 * @param url the JDBC URL of the new schema
 * @param user a user with every privilege on it
 * @param password that user's password
 * @param schema the schema's name
 */
public record TestDatabase(String url, String user, String password, String schema) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static TestDatabase create(TestStack stack, String purpose) {
        String schema = schemaName(purpose, HexFormat.of().formatHex(RANDOM.generateSeed(4)));
        String serverUrl = stack.databaseUrl();
        try (var connection = DriverManager.getConnection(serverUrl, stack.databaseUser(), stack.databasePassword());
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema " + schema + " on " + serverUrl, e);
        }
        return new TestDatabase(withSchema(serverUrl, schema), stack.databaseUser(), stack.databasePassword(), schema);
    }

    /** {@code t_} plus the purpose reduced to letters, digits and underscores, plus a random suffix. */
    static String schemaName(String purpose, String suffix) {
        String cleaned = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (cleaned.length() > 40) {
            cleaned = cleaned.substring(cleaned.length() - 40);
        }
        return "t_" + cleaned + "_" + suffix;
    }

    /** Puts the schema into a server-level URL, keeping any query parameters. */
    static String withSchema(String serverUrl, String schema) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        int hostStart = base.indexOf("//") + 2;
        int pathStart = base.indexOf('/', hostStart);
        String hostPart = pathStart < 0 ? base : base.substring(0, pathStart);
        return hostPart + "/" + schema + parameters;
    }
}
