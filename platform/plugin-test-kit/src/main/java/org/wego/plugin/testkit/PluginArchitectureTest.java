package org.wego.plugin.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The rule every plugin passes: its classes use the plugin API, Spring, Vaadin and the libraries it
 * bundles, never a platform class. Every plugin module runs this test on its own compiled classes
 * ({@code target/classes}): the plugins' parent pom lists this kit in Surefire's
 * {@code dependenciesToScan}. At run time the plugin class loader refuses platform classes too.
 */
public class PluginArchitectureTest {

    /** The rule, for a plugin's own tests to apply to other classes. */
    public static final ArchRule USES_ONLY_THE_PLUGIN_API = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.wego.platform..", "org.wego.plugin.testkit..", "org.wego.teststack..")
            .because("plugins use only the plugin API (org.wego.plugin.api); platform classes change without notice");

    /**
     * The rule for a plugin's tests, benchmarks included: the plugin API, this kit ({@link PluginCalls}:
     * acting as a user, calling plugin code with its types, deciding approvals as the secretariat, the audit
     * trail, mails) and the test stack (the bench harness {@code Bench}), never a platform class.
     */
    public static final ArchRule TESTS_USE_THE_KIT = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.wego.platform..")
            .because("a plugin's tests reach the platform through the test kit; its internal classes change"
                    + " without notice");

    @Test
    void thePluginsTestsUseTheKitNotPlatformClasses() {
        Path classes = Path.of("target/test-classes");
        Assumptions.assumeTrue(Files.isDirectory(classes), "no compiled test classes in this module");
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        TESTS_USE_THE_KIT.allowEmptyShould(true).check(imported);
    }

    @Test
    void thePluginUsesOnlyThePluginApi() {
        Path classes = Path.of("target/classes");
        Assumptions.assumeTrue(Files.isDirectory(classes), "no compiled classes in this module");
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        USES_ONLY_THE_PLUGIN_API.allowEmptyShould(true).check(imported);
    }
}
