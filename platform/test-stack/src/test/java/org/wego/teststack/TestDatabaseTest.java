package org.wego.teststack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void schemaNamesAreSafeShortAndUnique() {
        assertThat(TestDatabase.schemaName("org.wego.platform.LoginIT", "ab12"))
                .isEqualTo("t_org_wego_platform_loginit_ab12");
        assertThat(TestDatabase.schemaName("x".repeat(80), "ab12")).hasSize(2 + 40 + 5);
    }

    @Test
    void theSchemaGoesIntoTheServerUrlKeepingParameters() {
        assertThat(TestDatabase.withSchema("jdbc:mariadb://127.0.0.1:13307/", "t_a"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:13307/t_a");
        assertThat(TestDatabase.withSchema("jdbc:mariadb://db:3306?sslMode=trust", "t_a"))
                .isEqualTo("jdbc:mariadb://db:3306/t_a?sslMode=trust");
    }

    @Test
    void aMissingStackIsExplainedNotGuessed() {
        var stack = new TestStack(Map.of());
        assertThatThrownBy(stack::databaseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("./wego test");
    }

    @Test
    void formActionsAreUnescaped() {
        assertThat(BrowserlessSignIn.unescape("/auth?a=1&amp;b=2")).isEqualTo("/auth?a=1&b=2");
    }
}
