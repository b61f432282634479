package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;

/**
 * Keycloak goes away and comes back. The platform reaches it through a relay this test can cut, so
 * the real server is never stopped: while cut, a sign-in shows a clear page (no stack trace); once
 * restored, signing in works again without restarting the platform.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderOutageIT {

    private static final Relay RELAY = Relay.to(URI.create(TestStack.current().keycloakUrl()));

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, IdentityProviderOutageIT.class);
        registry.add("wego.oidc.issuer", () -> "http://localhost:" + RELAY.port() + "/realms/wego");
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aSignInDuringAnOutageShowsAClearPageAndWorksOnceKeycloakIsBack() throws Exception {
        URI home = URI.create("http://localhost:" + port + "/");
        DemoUser user = DemoUser.named("nairobi.demo");

        RELAY.cut();
        var duringOutage = BrowserlessSignIn.newSession().get(home);
        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.body())
                .contains("Sign-in is unavailable right now")
                .doesNotContain("Exception")
                .contains("http-equiv=\"refresh\"");

        RELAY.restore();
        Thread.sleep(3_500); // the platform probes Keycloak at most every 3 s
        var afterOutage = BrowserlessSignIn.newSession().open(home, user.username(), user.password());
        assertThat(afterOutage.status()).isEqualTo(200);
        assertThat(afterOutage.body()).contains(user.displayName());
    }

    /** A TCP relay on a free local port that forwards to Keycloak while it is not cut. */
    static final class Relay implements AutoCloseable {

        private final ServerSocket server;
        private final URI target;
        private final CopyOnWriteArrayList<Socket> open = new CopyOnWriteArrayList<>();
        private volatile boolean cut;

        private Relay(URI target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(this::accept);
        }

        static Relay to(URI target) {
            try {
                return new Relay(target);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return server.getLocalPort();
        }

        void cut() {
            cut = true;
            open.forEach(Relay::closeQuietly);
            open.clear();
        }

        void restore() {
            cut = false;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (cut) {
                        client.close();
                        continue;
                    }
                    Socket upstream = new Socket(target.getHost(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                    Thread.ofVirtual().start(() -> pipe(client, upstream));
                    Thread.ofVirtual().start(() -> pipe(upstream, client));
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // either side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() {
            cut();
            closeQuietly(server);
        }

        private static void closeQuietly(ServerSocket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
