package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** In-plugin code is defined beside a plugin class, in its loader and package, once per loader. */
class InPluginCodeTest {

    @Test
    void inPluginCodeMustBeBesideAPluginClass() {
        assertThatThrownBy(() -> InPluginCode.define(String.class, SampleCode.class))
                .hasMessageContaining("must be in the package");
    }

    @Test
    void inPluginCodeIsDefinedInTheLoaderAndPackageOfThePluginClass() throws Exception {
        // A loader standing for the plugin's: it defines the anchor itself, as PF4J's loader defines plugin classes.
        var pluginLoader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(InPluginCodeTest.class.getName())) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        if (c == null) {
                            try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                                byte[] b = in.readAllBytes();
                                c = defineClass(name, b, 0, b.length);
                            } catch (java.io.IOException e) {
                                throw new ClassNotFoundException(name, e);
                            }
                        }
                        return c;
                    }
                }
                return super.loadClass(name, resolve);
            }
        };
        Class<?> anchor = pluginLoader.loadClass(InPluginCodeTest.class.getName());

        Class<?> defined = InPluginCode.define(anchor, SampleCode.class);

        assertThat(defined.getClassLoader()).isSameAs(pluginLoader);
        assertThat(InPluginCode.define(anchor, SampleCode.class))
                .as("once per loader")
                .isSameAs(defined);
        var constructor = defined.getDeclaredConstructor();
        constructor.setAccessible(true);
        @SuppressWarnings("unchecked")
        var code = (InPlugin<String>) constructor.newInstance();
        assertThat(code.run(null)).isEqualTo(pluginLoader.toString());
    }
}
