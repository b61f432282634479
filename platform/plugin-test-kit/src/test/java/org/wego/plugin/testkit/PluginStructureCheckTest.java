package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The structure test passes a tidy plugin and names each cross-feature import and cycle of a tangled one. */
class PluginStructureCheckTest {

    private static final String FIXTURES = "org.wego.plugin.testkit.structurefixtures";

    @Test
    void aTidyPluginPasses() {
        var classes = new ClassFileImporter().importPackages(FIXTURES + ".tidy");
        assertThat(PluginStructureTest.rootPackage(classes)).contains(FIXTURES + ".tidy");
        assertThat(PluginStructureTest.violations(classes, FIXTURES + ".tidy")).isEmpty();
    }

    @Test
    void aCrossFeatureImportOfInternalsAndACycleFail() {
        var classes = new ClassFileImporter().importPackages(FIXTURES + ".tangled");
        assertThat(PluginStructureTest.rootPackage(classes)).contains(FIXTURES + ".tangled");
        assertThat(PluginStructureTest.violations(classes, FIXTURES + ".tangled"))
                .containsExactly(
                        "cycle between features: alpha -> beta (Alpha -> Beta), beta -> alpha (Beta -> Alpha)",
                        "feature gamma uses " + FIXTURES + ".tangled.beta.internal.BetaRules, an internal type of"
                                + " feature beta (Gamma -> BetaRules)");
    }
}
