package org.wego.plugin.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test of one plugin: before the class's tests, the platform starts in the test's JVM
 * on the test stack (a fresh database schema, the real Keycloak) with the plugin's jar in its plugins
 * folder; a test method or constructor takes a {@link RunningPlatform} parameter to reach it. Name
 * the class {@code *IT}: it runs in {@code verify}, after the jar is packaged, under {@code ./wego test}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PlatformWithPlugin.class)
public @interface WegoPluginTest {

    /**
     * The plugin jar to install, relative to the module. Empty: the one jar in {@code target/} whose
     * manifest names a {@code Plugin-Id}.
     */
    String jar() default "";
}
