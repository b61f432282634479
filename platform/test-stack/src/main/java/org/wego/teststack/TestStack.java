package org.wego.teststack;

import java.util.Map;
import java.util.Optional;

/**
 * The coordinates of the running test stack, read from the environment that {@code ./wego test}
 * sets. Integration tests never fall back to anything else: without the stack they fail loudly.
 */
public final class TestStack {

    private final Map<String, String> environment;

    TestStack(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The stack of this test run. */
    public static TestStack current() {
        return new TestStack(System.getenv());
    }

    /** A server-level JDBC URL (no database) of a MariaDB where tests may create schemas. */
    public String databaseUrl() {
        return require("WEGO_TEST_DB_URL");
    }

    public String databaseUser() {
        return require("WEGO_TEST_DB_USER");
    }

    public String databasePassword() {
        return Optional.ofNullable(environment.get("WEGO_TEST_DB_PASSWORD")).orElse("");
    }

    /** The OIDC issuer of the {@code wego} realm, e.g. {@code http://localhost:8181/realms/wego}. */
    public String oidcIssuer() {
        return require("WEGO_TEST_OIDC_ISSUER");
    }

    public String oidcClientId() {
        return require("WEGO_TEST_OIDC_CLIENT_ID");
    }

    public String oidcClientSecret() {
        return require("WEGO_TEST_OIDC_CLIENT_SECRET");
    }

    /** The service-account client through which the platform manages users. */
    public String adminClientId() {
        return require("WEGO_TEST_ADMIN_CLIENT_ID");
    }

    public String adminClientSecret() {
        return require("WEGO_TEST_ADMIN_CLIENT_SECRET");
    }

    /** The mail sink's IMAP account holding a copy of every message it received. */
    public String mailSinkAccount() {
        return require("WEGO_TEST_MAIL_SINK_ACCOUNT");
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8181}. */
    public String keycloakUrl() {
        return require("WEGO_TEST_KEYCLOAK_URL");
    }

    public String keycloakAdminUser() {
        return require("WEGO_TEST_KEYCLOAK_ADMIN_USER");
    }

    public String keycloakAdminPassword() {
        return require("WEGO_TEST_KEYCLOAK_ADMIN_PASSWORD");
    }

    public String smtpHost() {
        return require("WEGO_TEST_SMTP_HOST");
    }

    public int smtpPort() {
        return Integer.parseInt(require("WEGO_TEST_SMTP_PORT"));
    }

    public int imapPort() {
        return Integer.parseInt(require("WEGO_TEST_IMAP_PORT"));
    }

    /** Creates a new, empty schema for one test class. */
    public TestDatabase newDatabase(String purpose) {
        return TestDatabase.create(this, purpose);
    }

    /** An administrator's connection to the realm, for tests that need users the demo set lacks. */
    public KeycloakRealmAdmin realmAdmin() {
        return new KeycloakRealmAdmin(keycloakUrl(), keycloakAdminUser(), keycloakAdminPassword());
    }

    /** The mailboxes of the mail sink. */
    public MailSink mailSink() {
        return new MailSink(smtpHost(), imapPort());
    }

    String require(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set. Integration tests run against the test stack"
                    + " that `./wego test` starts (MariaDB, Keycloak, mail sink); run them with `./wego test`.");
        }
        return value;
    }
}
