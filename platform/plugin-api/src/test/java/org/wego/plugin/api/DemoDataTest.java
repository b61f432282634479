package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * Demo data is an optional contribution added in 1.1: its default declares nothing and returns the
 * contributions (it never throws), so implementations written against 1.0 compile and run unchanged.
 */
class DemoDataTest {

    @Test
    void theDefaultDeclarationDoesNothingAndChains() {
        PluginContributions contributions = (PluginContributions) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PluginContributions.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new AssertionError("the default must not call " + method.getName());
                });
        assertThat(contributions.demoData(demo -> {
                    throw new AssertionError("declaring does not load");
                }))
                .isSameAs(contributions);
    }

    @Test
    void theNewTypesAreMarkedAsAddedIn11() throws NoSuchMethodException {
        for (Class<?> type : new Class<?>[] {DemoData.class, DemoDataContext.class}) {
            assertThat(type.getAnnotation(Stability.class).since())
                    .as(type.getSimpleName())
                    .isEqualTo("1.1");
        }
        assertThat(PluginContributions.class
                        .getMethod("demoData", DemoData.class)
                        .getAnnotation(Stability.class)
                        .since())
                .isEqualTo("1.1");
        assertThat(DemoDataContext.TITLE_PREFIX).isEqualTo("Demo ");
    }
}
