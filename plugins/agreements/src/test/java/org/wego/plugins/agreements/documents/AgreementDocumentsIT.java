package org.wego.plugins.agreements.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * An agreement's documents on a real platform: the secretariat files each shelf; the member party (Hanoi, the
 * demo member) and its regional office (Chengdu) read what is shared, signed, amended and the notice, never the
 * internal drafts (404); another member (Nairobi) reads none; amendments in date order, audited; a termination
 * with its notice is one transaction.
 */
@WegoPluginTest
class AgreementDocumentsIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        calls = platform.calls();
        plugin = calls.inPlugin(Amendments.class, DocumentCalls.class);
    }

    private static Object call(String name, Object... args) {
        return plugin.get(name).apply(args);
    }

    @Test
    void eachShelfIsReadAsItsRuleSays(RunningPlatform platform) throws Exception {
        assertThat(platform.pluginFailure()).isEmpty();
        long agreement;
        long internal;
        long shared;
        long signed;
        long signedV2;
        long amendmentFile;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            agreement = (Long) call("sign", "MOU with documents", HANOI.value());
            internal = (Long) call("file", agreement, "INTERNAL");
            shared = (Long) call("file", agreement, "SHARED");
            signed = (Long) call("file", agreement, "SIGNED");
            signedV2 = (Long) call("version", signed);
            long amendment = (Long) call("amend", agreement, LocalDate.of(2025, 6, 1), "Scope widened");
            amendmentFile = (Long) call("fileAmendment", amendment);
        }
        List<Long> readable = List.of(shared, signed, signedV2, amendmentFile);
        for (long file : readable) {
            assertThat(platform.open("files/" + file, Role.SECRETARIAT).status())
                    .isEqualTo(200);
            assertThat(platform.open("files/" + file, Role.MEMBER_CITY).status())
                    .as("the party reads " + file)
                    .isEqualTo(200);
            assertThat(platform.open("files/" + file, Role.REGIONAL_OFFICE).status())
                    .as("its regional office reads " + file)
                    .isEqualTo(200);
        }
        assertThat(platform.open("files/" + internal, Role.SECRETARIAT).status())
                .isEqualTo(200);
        assertThat(platform.open("files/" + internal, Role.MEMBER_CITY).status())
                .isEqualTo(404);
        assertThat(platform.open("files/" + internal, Role.REGIONAL_OFFICE).status())
                .isEqualTo(404);
        var anonymous = platform.openAnonymously("files/" + shared);
        assertThat(anonymous.isKeycloakLoginForm() || anonymous.status() == 401 || anonymous.status() == 404)
                .as("anonymous: " + anonymous.status())
                .isTrue();
        try (var hanoi = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat((Boolean) call("sees", internal)).isFalse();
            assertThat((Boolean) call("sees", shared)).isTrue();
            assertThatThrownBy(() -> call("file", agreement, "SHARED"))
                    .as("a party files nothing")
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var nairobi = calls.as(Role.MEMBER_CITY, NAIROBI)) {
            for (long file : List.of(internal, shared, signed, signedV2, amendmentFile)) {
                assertThat((Boolean) call("sees", file))
                        .as("another member reads " + file)
                        .isFalse();
            }
        }
        try (var chengdu = calls.as(Role.REGIONAL_OFFICE, OrganisationKey.of("ro-chengdu"))) {
            assertThat((Boolean) call("sees", shared)).isTrue();
            assertThat((Boolean) call("sees", internal)).isFalse();
        }
        // The page: the secretariat sees the internal shelf; the party never learns it exists.
        String page = "agreements/agreement?id=" + agreement;
        assertThat(platform.open(page, Role.SECRETARIAT).body())
                .contains("agreements-docs-internal", "agreements-docs-shared", "agreements-amendment-record");
        assertThat(platform.open(page, Role.MEMBER_CITY).body())
                .contains("agreements-docs-shared", "agreements-docs-signed", "Scope widened")
                .doesNotContain("agreements-docs-internal", "agreements-amendment-record");
    }

    @Test
    void amendmentsAreListedInDateOrderAndAudited() throws Exception {
        long agreement;
        long later;
        long earlier;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            agreement = (Long) call("sign", "MOU amended twice", HANOI.value());
            later = (Long) call("amend", agreement, LocalDate.of(2025, 9, 1), "Second amendment");
            earlier = (Long) call("amend", agreement, LocalDate.of(2024, 11, 5), "First amendment");
            assertThatThrownBy(() -> call("amend", agreement, LocalDate.of(2023, 1, 1), "Before signing"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey())
                                    .isEqualTo("agreements.docs.invalid.amendment-before-signing"));
            assertThat(call("amendments", agreement))
                    .isEqualTo(List.of(LocalDate.of(2024, 11, 5), LocalDate.of(2025, 9, 1)));
        }
        try (var hanoi = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(call("amendments", agreement))
                    .isEqualTo(List.of(LocalDate.of(2024, 11, 5), LocalDate.of(2025, 9, 1)));
            assertThatThrownBy(() -> call("amend", agreement, LocalDate.of(2025, 1, 1), "By a party"))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var nairobi = calls.as(Role.MEMBER_CITY, NAIROBI)) {
            assertThat(call("amendments", agreement)).isEqualTo(List.of());
        }
        for (long amendment : List.of(later, earlier)) {
            var audit = calls.auditOf(Amendments.ENTITY, Long.toString(amendment));
            assertThat(audit).hasSize(1);
            assertThat(audit.getFirst().before()).isNull();
            assertThat(audit.getFirst().after()).contains("amendment");
        }
    }

    @Test
    void aTerminationTakesItsNoticeInOneTransaction(RunningPlatform platform) throws Exception {
        long agreement;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            agreement = (Long) call("sign", "MOU ended by notice", HANOI.value());
            byte[] notPdf = "MZ not a document".getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() ->
                            call("terminate", agreement, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 10, 1), notPdf))
                    .isInstanceOf(AttachmentRejectedException.class);
            assertThat(call("status", agreement)).as("nothing half-saved").isEqualTo("SIGNED");
            assertThatThrownBy(() -> call(
                            "terminate",
                            agreement,
                            LocalDate.of(2025, 10, 1),
                            LocalDate.of(2025, 12, 31),
                            DocumentCalls.PDF))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("agreements.docs.invalid.notice-after-end"));
            assertThat(call(
                            "terminate",
                            agreement,
                            LocalDate.of(2025, 12, 31),
                            LocalDate.of(2025, 10, 1),
                            DocumentCalls.PDF))
                    .isEqualTo("TERMINATED");
        }
        long other;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            other = (Long) call("sign", "MOU a party cannot end here", HANOI.value());
        }
        try (var hanoi = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThatThrownBy(() -> call(
                            "terminate",
                            other,
                            LocalDate.of(2025, 12, 31),
                            LocalDate.of(2025, 10, 1),
                            DocumentCalls.PDF))
                    .as("a party terminates nothing")
                    .isInstanceOf(PermissionDeniedException.class);
        }
        long notice;
        try (var hanoi = calls.as(Role.MEMBER_CITY, HANOI)) {
            notice = (Long) call("notice", agreement);
            assertThat(notice).as("the party reads the notice").isPositive();
        }
        assertThat(platform.open("files/" + notice, Role.MEMBER_CITY).status()).isEqualTo(200);
        assertThat(platform.open("agreements/agreement?id=" + agreement, Role.MEMBER_CITY)
                        .body())
                .contains("agreements-docs-notice", "2025-10-01", "2025-12-31");
        try (var nairobi = calls.as(Role.MEMBER_CITY, NAIROBI)) {
            assertThat((Boolean) call("sees", notice)).as("another member").isFalse();
        }
        assertThat(calls.auditOf(TerminationNotices.ENTITY, Long.toString(agreement)))
                .hasSize(1);
    }
}
