package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The audit contract on the plugin-like fixtures in {@code auditfixtures}: it fails on every non-private method
 * on a way to an unaudited write (package-private services and helpers, a job task handed out as a method
 * reference, a view's listener, a call through an interface) and passes the audited and the marked ones.
 */
class PluginAuditContractCheckTest {

    private static final String FIXTURES = "org.wego.plugin.testkit.auditfixtures";

    @Test
    void unauditedWritesFailAndAuditedOrMarkedOnesPass() {
        var classes = new ClassFileImporter().importPackages(FIXTURES);
        assertThat(PluginAuditContractTest.unauditedWrites(classes))
                .containsExactly(
                        "DatabaseRetention.purge",
                        "FixturePlugin.sweep",
                        "NoticeStore.delete",
                        "NoticeStore.update",
                        "NoticeView.<init>",
                        "Notices.archive",
                        "Notices.deleteInATransaction",
                        "Notices.expireOld");
    }

    @Test
    void eachFindingNamesOneWayToItsWrite() {
        var classes = new ClassFileImporter().importPackages(FIXTURES);
        assertThat(PluginAuditContractTest.unauditedWritePaths(classes))
                .contains("Notices.archive: Notices.archive -> NoticeStore.update -> write")
                .contains("NoticeView.<init>: NoticeView.<init> -> DatabaseRetention.purge -> write");
    }

    @Test
    void anAuditedPackagePrivateWritePasses() {
        var classes = new ClassFileImporter().importPackages(FIXTURES);
        assertThat(PluginAuditContractTest.unauditedWrites(classes))
                .doesNotContain(
                        "Notices.publish",
                        "Notices.rename",
                        "Notices.retitle",
                        "Notices.purge",
                        "Notices.decided",
                        "Notices.countView",
                        "NoticeStore.insert",
                        "FixturePlugin.contribute");
    }
}
