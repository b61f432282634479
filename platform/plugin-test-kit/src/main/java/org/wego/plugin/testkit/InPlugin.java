package org.wego.plugin.testkit;

/**
 * Test code compiled against the plugin's own classes (its package-private services, records and
 * enums) and run inside the plugin's class loader and package by {@link PluginCalls#inPlugin}, so it
 * calls the plugin with its real types: a changed signature is a compile error of the test, never a
 * reflective {@code argument type mismatch} at run time. Benchmarks and integration tests use it instead
 * of calling methods by name.
 *
 * <p>The implementing class must be a top-level class with a no-argument constructor, in the same
 * package as the plugin class named to {@code inPlugin}; lambdas and nested classes inside it are fine.
 * What it returns must be of a type both sides share: the JDK, the plugin API, or this kit (e.g. a
 * {@code Map<String, Callable<Object>>} of named calls).
 *
 * @param <R> what the code gives back to the test
 */
@FunctionalInterface
public interface InPlugin<R> {

    /**
     * Runs inside the plugin.
     *
     * @param beans the plugin's Spring beans, by their (plugin-side) type
     * @return a result of a shared type
     * @throws Exception whatever the plugin threw
     */
    R run(Beans beans) throws Exception;

    /** The plugin's beans, looked up by type. */
    @FunctionalInterface
    interface Beans {

        /**
         * The plugin's bean of this type (its Spring proxy, so transactions apply).
         *
         * @param type a class of the plugin, as the in-plugin code names it
         * @param <T> the bean's type
         * @return the bean
         */
        <T> T bean(Class<T> type);
    }
}
