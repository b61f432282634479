package org.wego.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.audit.AuditTrail.Filter;
import org.wego.platform.preferences.UserPreferences;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** Every change leaves an entry, in the change's own transaction, and only the secretariat reads them. */
@SpringBootTest(classes = WegoApplication.class)
class AuditTrailIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, AuditTrailIT.class);
    }

    @Autowired
    AuditTrail trail;

    @Autowired
    UserPreferences preferences;

    @Autowired
    PlatformTransactionManager transactions;

    private final SignedInUser secretariat = new SignedInUser(
            "s1",
            "s1",
            "Minji Park",
            "m@example.org",
            Set.of(Role.SECRETARIAT),
            OrganisationKey.of("wego-secretariat"),
            Locale.ENGLISH);

    @Test
    void aLanguageChangeIsRecordedWithBeforeAndAfter() {
        preferences.chooseLanguage("user-7", Locale.KOREAN);
        preferences.chooseLanguage("user-7", Locale.ENGLISH);

        var entries = trail.read(secretariat, new Filter("platform.user-preference.language", "user-7"), 0, 10);
        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst().before()).isEqualTo("ko");
        assertThat(entries.getFirst().after()).isEqualTo("en");
        assertThat(entries.get(1).before()).isNull();
    }

    @Test
    void anEntryIsWrittenOnlyInsideTheChangesTransactionAndRolledBackWithIt() {
        assertThatThrownBy(() -> trail.record("test.thing", "1", null, Map.of("a", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);

        var template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            trail.record("test.thing", "rolled-back", null, Map.of("a", 1));
            status.setRollbackOnly();
        });
        template.executeWithoutResult(status -> trail.record("test.thing", "kept", Map.of("a", 1), Map.of("a", 2)));

        var entries = trail.read(secretariat, new Filter("test.thing", null), 0, 10);
        assertThat(entries).extracting(AuditTrail.Entry::entityId).containsExactly("kept");
        assertThat(entries.getFirst().before()).isEqualTo("{\"a\":1}");
        assertThat(entries.getFirst().userName())
                .as("no signed-in user in a test thread")
                .isEqualTo("system");
    }

    @Test
    void anEntryNamesTheAccountBesideTheDisplayNameSoARenameCannotHideWhoActed() {
        var renamed = new SignedInUser(
                "h1",
                "hanoi.demo",
                "Minji Park",
                "lan.nguyen@hanoi.example.org",
                Set.of(Role.MEMBER_CITY),
                OrganisationKey.of("vn-hanoi"),
                Locale.ENGLISH);
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> trail.recordAs(renamed, "test.account", "a1", null, Map.of("a", 1)));

        var entry =
                trail.read(secretariat, new Filter("test.account", null), 0, 10).getFirst();
        assertThat(entry.userName()).isEqualTo("Minji Park");
        assertThat(entry.username()).isEqualTo("hanoi.demo");
        assertThat(entry.email()).isEqualTo("lan.nguyen@hanoi.example.org");
        assertThat(SignedInUser.actorLabel(entry.userName(), entry.username(), entry.email()))
                .isEqualTo("Minji Park (hanoi.demo, lan.nguyen@hanoi.example.org)");
        assertThat(trail.read(secretariat, new Filter("test.account", "hanoi.demo"), 0, 10))
                .as("found by username")
                .hasSize(1);
    }

    @Test
    void onlyTheSecretariatReadsTheTrail() {
        var chengdu = new SignedInUser(
                "r1",
                "r1",
                "Li Wei",
                "l@example.org",
                Set.of(Role.REGIONAL_OFFICE),
                OrganisationKey.of("ro-chengdu"),
                Locale.ENGLISH);
        assertThatThrownBy(() -> trail.read(chengdu, new Filter(null, null), 0, 10))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> trail.count(chengdu, new Filter(null, null)))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
