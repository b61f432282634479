package org.wego.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables the platform reads to find the stack. The test mode uses its own prefix ({@code
 * WEGO_TEST_}) so that a developer's shell with the run-mode variables exported can never point a
 * test at the development database. The group of a part that was not started is left out, so the
 * caller's own setting (an external server) stays in force.
 */
final class StackEnvironment {

    static final String CLIENT_ID = "wego-platform";
    /** The service-account client through which the platform manages users in Keycloak. */
    static final String ADMIN_CLIENT_ID = "wego-admin";
    /** The mail sink's IMAP account that holds a copy of every message the sink received. */
    static final String ALL_MAIL_ACCOUNT = "all-mail";

    static final String KEYCLOAK_ADMIN_USER = "admin";
    static final String KEYCLOAK_ADMIN_PASSWORD = "admin";
    static final String LOOPBACK = "127.0.0.1";

    private StackEnvironment() {}

    static Map<String, String> of(Options options, String clientSecret) {
        return of(options, clientSecret, "");
    }

    static Map<String, String> of(Options options, String clientSecret, String adminClientSecret) {
        Mode mode = options.mode();
        String p = mode.envPrefix;
        Map<String, String> env = new LinkedHashMap<>();
        if (options.db()) {
            // The run mode hands over its one database; tests get the server and create a schema per class.
            env.put(p + "DB_URL", "jdbc:mariadb://" + LOOPBACK + ":" + mode.dbPort + "/" + Database.schemaFor(mode));
            env.put(p + "DB_USER", Database.userFor(mode));
            env.put(p + "DB_PASSWORD", Database.passwordFor(mode));
        }
        if (options.keycloak()) {
            String url = Keycloak.baseUrl(mode);
            env.put(p + "OIDC_ISSUER", url + "/realms/" + RealmComposer.REALM);
            env.put(p + "OIDC_CLIENT_ID", CLIENT_ID);
            env.put(p + "OIDC_CLIENT_SECRET", clientSecret);
            env.put(p + "ADMIN_CLIENT_ID", ADMIN_CLIENT_ID);
            env.put(p + "ADMIN_CLIENT_SECRET", adminClientSecret);
            env.put(p + "KEYCLOAK_URL", url);
            env.put(p + "KEYCLOAK_ADMIN_USER", KEYCLOAK_ADMIN_USER);
            env.put(p + "KEYCLOAK_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
        }
        if (options.mail()) {
            env.put(p + "SMTP_HOST", LOOPBACK);
            env.put(p + "SMTP_PORT", Integer.toString(mode.smtpPort));
            // Read by tests that check what was sent, and by the platform's outbox screen.
            env.put(p + "IMAP_PORT", Integer.toString(mode.imapPort));
            // The outbox screen reads every mail of the sink from this one account.
            env.put(p + "MAIL_SINK_ACCOUNT", ALL_MAIL_ACCOUNT);
        }
        return env;
    }
}
