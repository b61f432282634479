package org.wego.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads the checked-in realm and demo accounts (hence an IT: files), so a broken edit of either fails here first. */
class CheckedInRealmIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCheckedInRealmGetsTheDemoAccountsAndTheModesMailSink() throws Exception {
        JsonNode realm = read("wego-realm.json");
        JsonNode users = read("demo-users.json");

        JsonNode composed = RealmComposer.compose(realm, users, "127.0.0.1", 2526);

        assertThat(composed.path("smtpServer").path("port").asText()).isEqualTo("2526");
        assertThat(composed.path("users"))
                .hasSize(users.size() + realm.path("users").size());
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText())
                    .as("the production realm file carries no accounts, only service accounts: "
                            + user.path("username").asText())
                    .isNotBlank();
        }
        assertThat(RealmComposer.clientSecret(realm, StackEnvironment.CLIENT_ID))
                .isNotBlank();
        assertThat(RealmComposer.clientSecret(realm, StackEnvironment.ADMIN_CLIENT_ID))
                .isNotBlank();
    }

    @Test
    void theAdminClientsServiceAccountHoldsOnlyUserManagementRoles() throws Exception {
        JsonNode serviceAccount = null;
        for (JsonNode user : read("wego-realm.json").path("users")) {
            if (StackEnvironment.ADMIN_CLIENT_ID.equals(
                    user.path("serviceAccountClientId").asText())) {
                serviceAccount = user;
            }
        }
        assertThat(serviceAccount).as("service account of wego-admin").isNotNull();
        assertThat(serviceAccount.path("realmRoles").isMissingNode()).isTrue();
        java.util.List<String> clients = new java.util.ArrayList<>();
        serviceAccount.path("clientRoles").fieldNames().forEachRemaining(clients::add);
        assertThat(clients).containsExactly("realm-management");
        assertThat(serviceAccount.path("clientRoles").path("realm-management").toString())
                .isEqualTo("[\"query-users\",\"view-users\",\"manage-users\"]");
    }

    @Test
    void theIntegrationClientIsAConfidentialServiceAccountWithTheDirectoryScopeOnly() throws Exception {
        JsonNode realm = read("wego-realm.json");
        JsonNode integration = null;
        for (JsonNode client : realm.path("clients")) {
            if ("wego-integration".equals(client.path("clientId").asText())) {
                integration = client;
            }
        }
        assertThat(integration).as("client wego-integration").isNotNull();
        assertThat(RealmComposer.clientSecret(realm, "wego-integration")).isNotBlank();
        assertThat(integration.path("publicClient").asBoolean(true)).isFalse();
        assertThat(integration.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(integration.path("standardFlowEnabled").asBoolean(true))
                .as("no user sign-in")
                .isFalse();
        assertThat(integration.path("directAccessGrantsEnabled").asBoolean(true))
                .isFalse();
        assertThat(integration.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(integration.path("protocolMappers").toString()).contains("\"directory:read\"");
        assertThat(realm.has("clientScopes"))
                .as("a clientScopes array would replace Keycloak's default scopes (and break sign-in)")
                .isFalse();
    }

    @Test
    void everyDemoAccountHasOnePlatformRoleAndAnOrganisation() throws Exception {
        for (JsonNode user : read("demo-users.json")) {
            assertThat(user.path("realmRoles").toString())
                    .as(user.path("username").asText())
                    .containsAnyOf("\"secretariat\"", "\"regional-office\"", "\"member-city\"");
            assertThat(user.path("attributes").path("org_id").path(0).asText())
                    .as(user.path("username").asText())
                    .matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
    }

    private JsonNode read(String file) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("deploy/keycloak"))) {
            dir = dir.getParent();
        }
        return json.readTree(Files.readString(dir.resolve("deploy/keycloak").resolve(file)));
    }
}
