package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;

/** Signing in through the real Keycloak, for every demo account and for accounts the platform must refuse. */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, SignInIT.class);
    }

    @LocalServerPort
    int port;

    private URI home() {
        return URI.create("http://localhost:" + port + "/");
    }

    static List<DemoUser> demoUsers() {
        return DemoUser.all();
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void everyDemoUserSignsInAndIsGreetedByName(DemoUser user) {
        var page = BrowserlessSignIn.newSession().open(home(), user.username(), user.password());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPort()).as("back on the platform").isEqualTo(port);
        assertThat(page.body()).contains(user.displayName()).contains(user.organisation());
    }

    @Test
    void aWrongPasswordStaysOnKeycloaksLoginPage() {
        var page = BrowserlessSignIn.newSession().open(home(), "hanoi.demo", "not-the-password");

        assertThat(page.isKeycloakLoginForm()).isTrue();
        assertThat(page.uri().getPort()).isNotEqualTo(port);
    }

    @Test
    void anAccountWithoutARoleIsToldSoAndSeesNothingElse() {
        KeycloakRealmAdmin admin = TestStack.current().realmAdmin();
        String username = "norole-" + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser(username, "pw-" + username, List.of(), "vn-hanoi");
        try {
            var page = BrowserlessSignIn.newSession().open(home(), username, "pw-" + username);

            assertThat(page.status()).isEqualTo(403);
            assertThat(page.body()).contains("Your account has no role on the WeGO Platform");
        } finally {
            admin.deleteUser(id);
        }
    }

    @Test
    void anAccountWithoutAnOrganisationIsToldSo() {
        KeycloakRealmAdmin admin = TestStack.current().realmAdmin();
        String username = "noorg-" + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser(username, "pw-" + username, List.of("member-city"), null);
        try {
            var page = BrowserlessSignIn.newSession().open(home(), username, "pw-" + username);

            assertThat(page.status()).isEqualTo(403);
            assertThat(page.body()).contains("Your account belongs to no organisation");
        } finally {
            admin.deleteUser(id);
        }
    }
}
