package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The API as a stable SPI: the Maven artifact carries the version the API declares, so a plugin author
 * reads one number, and the core is marked stable.
 */
class PluginApiVersionTest {

    @Test
    void theArtifactsVersionIsTheApisVersion() throws IOException {
        var built = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/api-version.properties")) {
            built.load(in);
        }
        assertThat(built.getProperty("version")).isEqualTo(PluginApiVersion.CURRENT);
    }

    @Test
    void theStableCoreIsMarkedStableSince10() {
        for (Class<?> type : new Class<?>[] {WegoPlugin.class, PluginContext.class, PluginContributions.class}) {
            Stability stability = type.getAnnotation(Stability.class);
            assertThat(stability).as(type.getSimpleName()).isNotNull();
            assertThat(stability.status()).as(type.getSimpleName()).isEqualTo(Stability.Status.STABLE);
            assertThat(stability.since()).isEqualTo("1.0");
        }
    }

    @Test
    void pluginContextsServicesAreAbstractAndItsDefaultsOnlyDerive() {
        var defaults = java.util.Arrays.stream(PluginContext.class.getDeclaredMethods())
                .filter(java.lang.reflect.Method::isDefault)
                .map(java.lang.reflect.Method::getName)
                .toList();
        assertThat(defaults)
                .as("a default that throws only keeps test doubles compiling; the kit's UnitTestContext is the double")
                .containsExactlyInAnyOrder("tablePrefix", "requireUser");
    }

    @Test
    void widgetContextIsAnInterfaceSoItCanGrow() {
        assertThat(org.wego.plugin.api.ui.WidgetContext.class.isInterface()).isTrue();
    }
}
