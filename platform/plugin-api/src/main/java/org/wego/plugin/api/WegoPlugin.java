package org.wego.plugin.api;

/**
 * The entry point of a plugin: the class its jar names in the manifest entry {@code Plugin-Class}.
 *
 * <p>The platform creates it as a bean of the plugin's own Spring context, so it may be a Spring
 * {@code @Configuration} (with {@code @ComponentScan} of the plugin's package, {@code @Bean}
 * methods) and its constructor may take the plugin's beans and the platform's services: a
 * {@link PluginContext} and the beans listed there. After that context has started, the platform
 * calls {@link #contribute} once and registers what the plugin declares; when the plugin is
 * disabled, upgraded or uninstalled, everything is removed again.
 *
 * <p>Stable for 1.x: plugins implement it, so it does not change (not even by an added method)
 * before 2.0.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public interface WegoPlugin {

    /**
     * Declares the plugin's views, menu entries, dashboard widgets, permissions and scheduled jobs.
     * Throwing here marks the plugin failed with the exception's message; nothing is registered.
     */
    void contribute(PluginContributions contributions);
}
