package org.wego.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.wego.plugin.api", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginApiArchitectureTest {

    @ArchTest
    static final ArchRule the_api_has_no_spring_types = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("plugins must be writable without knowing the platform's framework");

    @ArchTest
    static final ArchRule only_the_ui_package_uses_vaadin = noClasses()
            .that()
            .resideOutsideOfPackage("org.wego.plugin.api.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .because("a plugin's domain and services stay plain Java");

    @ArchTest
    static final ArchRule every_public_type_declares_its_stability = classes()
            .that()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .beAnnotatedWith(Stability.class)
            .because("plugin authors need to know what they may rely on");
}
