package org.wego.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RealmComposerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void addsTheDemoAccountsAndPointsMailAtTheModesSink() throws Exception {
        JsonNode realm = json.readTree("""
                {"realm":"wego","smtpServer":{"host":"smtp.example.org","port":"25"},
                 "users":[{"username":"a","firstName":"Old"}],
                 "clients":[{"clientId":"wego-platform","secret":"s"}]}""");
        JsonNode demo = json.readTree("[{\"username\":\"a\",\"firstName\":\"New\"},{\"username\":\"b\"}]");

        JsonNode composed = RealmComposer.compose(realm, demo, "127.0.0.1", 2526);

        assertThat(composed.path("smtpServer").path("host").asText()).isEqualTo("127.0.0.1");
        assertThat(composed.path("smtpServer").path("port").asText()).isEqualTo("2526");
        assertThat(composed.path("users")).hasSize(2);
        assertThat(composed.path("users").path(0).path("firstName").asText()).isEqualTo("New");
        assertThat(realm.path("smtpServer").path("host").asText())
                .as("the input is not changed")
                .isEqualTo("smtp.example.org");
        assertThat(RealmComposer.clientSecret(realm, "wego-platform")).isEqualTo("s");
        assertThat(composed.path("browserFlow").asText())
                .as("demo logins stay password-only")
                .isEqualTo("browser");
    }

    @Test
    void refusesAFileForAnotherRealmOrAUserWithoutAName() {
        assertThatThrownBy(() ->
                        RealmComposer.compose(json.readTree("{\"realm\":\"master\"}"), json.readTree("[]"), "h", 1))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("'wego'");
        assertThatThrownBy(() -> RealmComposer.compose(
                        json.readTree("{\"realm\":\"wego\"}"), json.readTree("[{\"email\":\"x@y\"}]"), "h", 1))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("no username");
    }
}
