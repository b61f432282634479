package org.wego.platform.plugins;

import com.vaadin.flow.internal.ReflectionCache;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.CachedIntrospectionResults;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.wego.platform.approvals.ApprovalTypes;
import org.wego.platform.demo.DemoLoader;
import org.wego.platform.files.FileStore;
import org.wego.platform.i18n.Translations;
import org.wego.platform.navigation.NavigationRegistry;

/**
 * Registers what a started plugin declared (messages, permissions, views and menus, jobs and
 * reminders, approval types, attachment rules, REST endpoints, offerings) with the platform's
 * registries, and takes all of it away again, down to the caches that would keep its classes alive.
 */
@Component
class PluginRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistrar.class);

    private final Translations translations;
    private final PluginPermissions permissions;
    private final NavigationRegistry navigation;
    private final PluginJobs jobs;
    private final ApprovalTypes approvalTypes;
    private final FileStore files;
    private final PluginEndpoints endpoints;
    private final PluginOfferings offerings;
    private final PluginContexts contexts;
    private final DemoLoader demo;

    PluginRegistrar(
            Translations translations,
            PluginPermissions permissions,
            NavigationRegistry navigation,
            PluginJobs jobs,
            ApprovalTypes approvalTypes,
            FileStore files,
            PluginEndpoints endpoints,
            PluginOfferings offerings,
            PluginContexts contexts,
            DemoLoader demo) {
        this.translations = translations;
        this.permissions = permissions;
        this.navigation = navigation;
        this.jobs = jobs;
        this.approvalTypes = approvalTypes;
        this.files = files;
        this.endpoints = endpoints;
        this.offerings = offerings;
        this.contexts = contexts;
        this.demo = demo;
    }

    /** Registers a started plugin's declarations; its context is refreshed, its beans exist. */
    void register(
            String id, ClassLoader loader, ConfigurableApplicationContext context, DeclaredContributions declared) {
        translations.addBundle("i18n/" + id, loader);
        permissions.register(id, declared.permissions());
        navigation.register(declared.navigation());
        jobs.register(id, declared.jobs(), loader);
        jobs.registerReminders(id, declared.reminders(), loader);
        approvalTypes.register(id, declared.approvalTypes());
        declared.attachmentRules().forEach((entity, rule) -> files.setRule(id, entity, rule));
        endpoints.register(id, context);
        offerings.register(id, declared);
        // ./wego run --demo: the plugin's demo set, once per demo database (nothing in any other run).
        declared.demoData().ifPresent(data -> demo.loadIfDemo(id, data, loader));
    }

    /**
     * Undoes whatever part of a start happened and closes the plugin's context; safe to call at any
     * point of it ({@code context} and {@code loader} are {@code null} when the start never got there).
     */
    void unregister(String id, @Nullable ConfigurableApplicationContext context, @Nullable ClassLoader loader) {
        offerings.remove(id);
        endpoints.remove(id);
        navigation.remove(id);
        permissions.remove(id);
        files.removeRules(id);
        jobs.remove(id);
        approvalTypes.remove(id);
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the context of plugin {} failed", id, e);
            }
        }
        if (loader != null) {
            translations.removeBundles(loader);
            endpoints.forget(loader);
            contexts.remove(loader);
            forgetClassesOf(loader);
        }
    }

    /** The job ids registered now (for the administration and tests). */
    List<String> registeredJobs() {
        return jobs.registered();
    }

    /** The caches of Spring and Vaadin that hold classes and would keep the class loader alive. */
    private static void forgetClassesOf(ClassLoader loader) {
        CachedIntrospectionResults.clearClassLoader(loader);
        AnnotationUtils.clearCache();
        ResolvableType.clearCache();
        ReflectionUtils.clearCache();
        ReflectionCache.clearAll();
    }
}
