package org.wego.devstack;

import java.util.Locale;

/**
 * The two ways the stack runs. Each has its own ports, so {@code ./wego run} and {@code ./wego test}
 * can run side by side, and its own prefix for the variables it hands to the platform, so a test can
 * never pick up the development database by accident.
 */
enum Mode {
    RUN("WEGO_", 13306, 8180, 9180, 2525, 2143),
    TEST("WEGO_TEST_", 13307, 8181, 9181, 2526, 2144);

    final String envPrefix;
    final int dbPort;
    final int keycloakPort;
    final int keycloakManagementPort;
    final int smtpPort;
    final int imapPort;

    Mode(String envPrefix, int dbPort, int keycloakPort, int keycloakManagementPort, int smtpPort, int imapPort) {
        this.envPrefix = envPrefix;
        this.dbPort = dbPort;
        this.keycloakPort = keycloakPort;
        this.keycloakManagementPort = keycloakManagementPort;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Mode parse(String value) {
        for (Mode mode : values()) {
            if (mode.id().equals(value)) {
                return mode;
            }
        }
        throw new UsageException("unknown mode '" + value + "': expected run or test");
    }
}
