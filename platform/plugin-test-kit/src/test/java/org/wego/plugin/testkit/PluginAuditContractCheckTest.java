package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The audit contract finds writes without an audit entry, through helpers and lambdas, and nothing else. */
class PluginAuditContractCheckTest {

    @Test
    void writesWithoutAnAuditEntryAreFoundAndAuditedOrMarkedOnesPass() {
        var classes = new ClassFileImporter()
                .importClasses(AuditContractFixtures.Audited.class, AuditContractFixtures.Forgetful.class);
        assertThat(PluginAuditContractTest.unauditedWrites(classes))
                .containsExactlyInAnyOrder("Forgetful.delete", "Forgetful.deleteInATransaction");
    }
}
