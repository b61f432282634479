package org.wego.platform.plugins;

import java.nio.file.Path;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: its own jar first, then the platform's class path (the plugin API,
 * Spring, Vaadin), except the platform's own classes. A plugin that reaches for one fails to start
 * with a message saying so, instead of working until the platform changes underneath it.
 */
final class ApiOnlyClassLoader extends PluginClassLoader {

    static final String PLATFORM_PACKAGE = "org.wego.platform.";

    ApiOnlyClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (className.startsWith(PLATFORM_PACKAGE)) {
            throw new ClassNotFoundException(
                    className + " is a platform class: plugins may use only the plugin API (org.wego.plugin.api)");
        }
        return super.loadClass(className);
    }

    /** PF4J's jar loader, creating this class loader. */
    static final class Loader extends JarPluginLoader {

        Loader(PluginManager manager) {
            super(manager);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new ApiOnlyClassLoader(pluginManager, descriptor, getClass().getClassLoader());
        }
    }
}
