package org.wego.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackEnvironmentTest {

    /** The documented ports, moved as the stack moves them when the machine runs several stacks. */
    private static final int OFFSET = Integer.parseInt(
            System.getenv().getOrDefault("WEGO_STACK_PORT_OFFSET", "0").strip());

    private static int port(int documented) {
        return documented + OFFSET;
    }

    @Test
    void theRunStackHandsOverItsOneDatabase() {
        Map<String, String> env = StackEnvironment.of(Options.parse(List.of("--mode=run")), "s3cret", "adm1n");

        assertThat(env)
                .containsEntry("WEGO_ADMIN_CLIENT_ID", "wego-admin")
                .containsEntry("WEGO_ADMIN_CLIENT_SECRET", "adm1n")
                .containsEntry("WEGO_MAIL_SINK_ACCOUNT", "all-mail")
                .containsEntry("WEGO_DB_URL", "jdbc:mariadb://127.0.0.1:" + port(13306) + "/wego")
                .containsEntry("WEGO_OIDC_ISSUER", "http://localhost:" + port(8180) + "/realms/wego")
                .containsEntry("WEGO_OIDC_CLIENT_SECRET", "s3cret")
                .containsEntry("WEGO_SMTP_PORT", String.valueOf(port(2525)));
        assertThat(env.keySet()).allMatch(name -> name.startsWith("WEGO_") && !name.startsWith("WEGO_TEST_"));
    }

    @Test
    void theTestStackUsesItsOwnPrefixAndPortsAndHandsOverTheServer() {
        Map<String, String> env = StackEnvironment.of(Options.parse(List.of("--mode=test")), "s3cret");

        assertThat(env)
                .containsEntry("WEGO_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:" + port(13307) + "/")
                .containsEntry("WEGO_TEST_OIDC_ISSUER", "http://localhost:" + port(8181) + "/realms/wego")
                .containsEntry("WEGO_TEST_IMAP_PORT", String.valueOf(port(2144)));
        assertThat(env.keySet()).allMatch(name -> name.startsWith("WEGO_TEST_"));
    }

    @Test
    void aPartLeftOutLeavesTheCallersOwnSettingAlone() {
        Map<String, String> env =
                StackEnvironment.of(Options.parse(List.of("--mode=run", "--no-db", "--no-mail")), "s");

        assertThat(env.keySet()).noneMatch(name -> name.contains("DB_") || name.contains("SMTP"));
        assertThat(env).containsKey("WEGO_OIDC_ISSUER");
    }

    @Test
    void theEnvFileQuotesEveryValueForTheShell() {
        String file = EnvFile.render(Map.of("WEGO_DB_PASSWORD", "it's $HOME"), "header\nsecond line");

        assertThat(file).isEqualTo("# header\n# second line\nexport WEGO_DB_PASSWORD='it'\\''s $HOME'\n");
    }
}
