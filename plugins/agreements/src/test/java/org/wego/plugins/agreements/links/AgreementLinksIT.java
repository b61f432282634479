package org.wego.plugins.agreements.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * Links on a real platform. Only this plugin runs here, so the linked record is another agreement (the plugin's
 * own record type); an event's reference stands for a stopped plugin's record: refused when added, "not
 * available" when already stored.
 */
@WegoPluginTest
class AgreementLinksIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey SEOUL = OrganisationKey.of("kr-seoul");

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        calls = platform.calls();
        plugin = calls.inPlugin(AgreementLinks.class, LinkCalls.class);
    }

    @Test
    void theSecretariatLinksWhatCameOutOfAnAgreementAndWhoeverSeesItSeesTheLinks(RunningPlatform platform)
            throws Exception {
        long agreement;
        long successor;
        Object link;
        try (var as = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            agreement = (Long) plugin.get("record").apply(new Object[] {"Links test", HANOI.value()});
            successor = (Long) plugin.get("record").apply(new Object[] {"Links test follow-up", HANOI.value()});
            link = plugin.get("add").apply(new Object[] {agreement, "agreements:agreement:" + successor});
            assertThat(link).isInstanceOf(Long.class);
            assertThat(plugin.get("add").apply(new Object[] {agreement, "agreements:agreement:" + successor}))
                    .isEqualTo("agreements.links.invalid.duplicate");
            assertThat(plugin.get("add").apply(new Object[] {agreement, "not a reference"}))
                    .isEqualTo("agreements.links.invalid.reference");
            assertThat(plugin.get("add").apply(new Object[] {agreement, "events:event:1"}))
                    .as("the events plugin does not run here")
                    .isEqualTo("agreements.links.invalid.unknown");
            assertThat(plugin.get("add").apply(new Object[] {agreement, "agreements:agreement:999999999"}))
                    .isEqualTo("agreements.links.invalid.unknown");
        }
        assertThat(calls.auditOf(AgreementLinks.ENTITY, link.toString())).hasSize(1);

        try (var as = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(plugin.get("list").apply(new Object[] {agreement}))
                    .isEqualTo(java.util.List.of("agreements:agreement:" + successor));
            assertThatThrownBy(() -> plugin.get("add").apply(new Object[] {agreement, "agreements:agreement:1"}))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var as = calls.as(Role.MEMBER_CITY, SEOUL)) {
            assertThat(plugin.get("list").apply(new Object[] {agreement}))
                    .as("another member sees neither the agreement nor its links")
                    .isEqualTo(java.util.List.of());
        }

        // A stopped plugin's record, stored while it ran, reads "not available" on the page.
        JdbcClient.create(calls.platformBean(DataSource.class))
                .sql("INSERT INTO agreements_link (agreement_id, reference, added_by, added_at)"
                        + " VALUES (:id, 'events:event:7', 'test', CURRENT_TIMESTAMP)")
                .param("id", agreement)
                .update();
        String page = platform.open("agreements/agreement?id=" + agreement, Role.SECRETARIAT)
                .body();
        // The page comes as Vaadin's first response: attributes as "value" entries of its changes.
        assertThat(page)
                .contains("agreements-links", "\"value\":\"agreements:agreement:" + successor + "\"")
                .contains("wego-reference-unavailable", "\"value\":\"events:event:7\"");

        try (var as = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            plugin.get("remove").apply(new Object[] {agreement, (Long) link});
            assertThat(plugin.get("list").apply(new Object[] {agreement}))
                    .isEqualTo(java.util.List.of("events:event:7"));
        }
        assertThat(calls.auditOf(AgreementLinks.ENTITY, link.toString())).hasSize(2);
    }
}
