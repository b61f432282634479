package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.NewFinding;

class PluginFindingRulesTest {

    @Test
    void aFindingThatFitsTheTablePasses() {
        PluginFindingRules.check(new NewFinding("reported-total-differs", "training:history:3", null, "k", List.of()));
    }

    @Test
    void aKindOrSubjectTheTableCannotHoldIsRefused() {
        assertThatThrownBy(() -> PluginFindingRules.check(new NewFinding("Bad kind", "s", null, "k", List.of())))
                .hasMessageContaining("findings.error.kind");
        assertThatThrownBy(() -> PluginFindingRules.check(new NewFinding("k".repeat(31), "s", null, "k", List.of())))
                .hasMessageContaining("findings.error.kind");
        assertThatThrownBy(() -> PluginFindingRules.check(new NewFinding("kind", " ", null, "k", List.of())))
                .hasMessageContaining("findings.error.subject");
        assertThatThrownBy(() -> PluginFindingRules.check(new NewFinding("kind", "a\tb", null, "k", List.of())))
                .hasMessageContaining("findings.error.subject");
    }

    @Test
    void aLongDescriptionIsCutAndSaysSo() {
        assertThat(PluginFindingRules.clip("x".repeat(1200))).hasSize(1000).endsWith("…");
        assertThat(PluginFindingRules.clip("short")).isEqualTo("short");
    }
}
