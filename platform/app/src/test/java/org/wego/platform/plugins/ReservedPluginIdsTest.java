package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.PluginIds;

class ReservedPluginIdsTest {

    @Test
    void platformIsReservedForItsTablesWithThePrefixInTheReason() {
        var reason = ReservedPluginIds.refusalOf("platform").orElseThrow();

        assertThat(reason.key()).isEqualTo("plugins.refused.reserved.tables");
        assertThat(reason.arguments()).containsExactly("platform", "platform_");
    }

    @Test
    void thePlatformsAddressesAreReserved() {
        for (String id : new String[] {
            "admin",
            "api",
            "files",
            "organisation",
            "organisations",
            "oauth2",
            "login",
            "logout",
            "actuator",
            "v3",
            "swagger-ui",
            "vaadin",
            "plugins",
            "account"
        }) {
            assertThat(ReservedPluginIds.refusalOf(id))
                    .as(id)
                    .map(Reason::key)
                    .contains("plugins.refused.reserved.addresses");
        }
    }

    @Test
    void thePlatformsMessagePrefixesAreReserved() {
        assertThat(ReservedPluginIds.collisionOf("users")).contains(ReservedPluginIds.Collision.MESSAGES);
        assertThat(ReservedPluginIds.collisionOf("nav")).contains(ReservedPluginIds.Collision.MESSAGES);
    }

    @Test
    void uppercaseSpellingsAreReservedToo() {
        assertThat(ReservedPluginIds.collisionOf("VAADIN")).isPresent();
    }

    @Test
    void theRepositorysPluginsAreNotReserved() {
        for (String id : new String[] {"membership", "training", "notice-board", "events", "feasibility-studies"}) {
            assertThat(ReservedPluginIds.collisionOf(id)).as(id).isEmpty();
        }
    }

    @Test
    void everyReservedIdIsOneAPluginCouldOtherwiseTake() {
        // A reserved id that is not a valid id anyway would be dead weight in the list.
        ReservedPluginIds.ADDRESSES.forEach(
                id -> assertThat(PluginIds.isValid(id)).as(id).isTrue());
        ReservedPluginIds.MESSAGES.forEach(
                id -> assertThat(PluginIds.isValid(id)).as(id).isTrue());
        ReservedPluginIds.TABLES.forEach(
                id -> assertThat(PluginIds.isValid(id)).as(id).isTrue());
    }
}
