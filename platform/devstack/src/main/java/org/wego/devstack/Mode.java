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
        this.dbPort = dbPort + PortOffset.VALUE;
        this.keycloakPort = keycloakPort + PortOffset.VALUE;
        this.keycloakManagementPort = keycloakManagementPort + PortOffset.VALUE;
        this.smtpPort = smtpPort + PortOffset.VALUE;
        this.imapPort = imapPort + PortOffset.VALUE;
    }

    /**
     * {@code WEGO_STACK_PORT_OFFSET} moves every port of both modes, so two checkouts (e.g. git worktrees
     * with their own {@code XDG_CACHE_HOME}) can each run a test stack on one machine. A holder class,
     * because an enum's constructor cannot read its own static fields.
     */
    private static final class PortOffset {
        static final int VALUE = parse(System.getenv("WEGO_STACK_PORT_OFFSET"));

        static int parse(String value) {
            if (value == null || value.isBlank()) {
                return 0;
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("WEGO_STACK_PORT_OFFSET must be a whole number, not '" + value + "'");
            }
        }
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
