package org.wego.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/** The plugin installed in a real platform (the test stack that ./wego test starts). */
@WegoPluginTest
class EventsIT {

    @Test
    void itStartsAndEveryRoleSeesItsPageAndEndpoint(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        for (Role role : Role.values()) {
            assertThat(platform.open("events", role).body())
                    .as(role.claimValue())
                    .contains("Events");
            assertThat(platform.api("GET", "/api/v1/events/items", role, null).statusCode())
                    .as(role.claimValue())
                    .isEqualTo(200);
        }
    }
}
