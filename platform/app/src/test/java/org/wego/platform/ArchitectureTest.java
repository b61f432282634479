package org.wego.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.wego.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching("org.wego.platform.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule navigation_knows_no_screens = noClasses()
            .that()
            .resideInAPackage("org.wego.platform.navigation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.wego.platform.shell..",
                    "org.wego.platform.home..",
                    "org.wego.platform.account..",
                    "org.wego.platform.system..")
            .because("plugins and the platform contribute screens to navigation, not the reverse");

    @ArchTest
    static final ArchRule views_carry_no_route_annotation = noClasses()
            .should()
            .beAnnotatedWith(com.vaadin.flow.router.Route.class)
            .because("routes come from the navigation registry, which checks their declared access");
}
