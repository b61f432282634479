package org.wego.plugin.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defines a test's {@link InPlugin} class (and its nest: lambdas need nothing, nested classes are
 * defined with it) in the class loader and runtime package of a plugin class, once per loader.
 */
final class InPluginCode {

    /** A class is defined once per loader; the next platform of the same test class gets a new loader. */
    private static final Map<ClassLoader, Map<String, Class<?>>> DEFINED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private InPluginCode() {}

    static Class<?> define(Class<?> pluginSide, Class<?> code) {
        if (!pluginSide.getPackageName().equals(code.getPackageName())) {
            throw new IllegalArgumentException(code.getName() + " must be in the package of " + pluginSide.getName());
        }
        if (code.getEnclosingClass() != null) {
            throw new IllegalArgumentException(code.getName() + " must be a top-level class");
        }
        Map<String, Class<?>> loaded =
                DEFINED.computeIfAbsent(pluginSide.getClassLoader(), loader -> new ConcurrentHashMap<>());
        return loaded.computeIfAbsent(code.getName(), name -> {
            try {
                var lookup = MethodHandles.privateLookupIn(pluginSide, MethodHandles.lookup());
                Class<?> host = lookup.defineClass(bytes(code));
                for (Class<?> member : code.getNestMembers()) {
                    if (member != code) {
                        lookup.defineClass(bytes(member));
                    }
                }
                return host;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot define " + name + " beside " + pluginSide.getName(), e);
            }
        });
    }

    private static byte[] bytes(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file " + resource + " on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
