package org.wego.platform.plugins;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.files.FileStore;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.transactions.RetryingTransactionTemplate;
import org.wego.platform.transactions.TransactionRetryAdvisor;
import org.wego.plugin.api.Approvals;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.WegoPlugin;

/**
 * Builds a plugin's Spring context: its parent holds the plugin-API services and nothing else of the
 * platform, so a plugin cannot inject a platform class even by accident; its own {@link PluginContext},
 * approvals and attachments are scoped to its id.
 */
@Component
class PluginContextFactory {

    private final CurrentUser currentUser;
    private final PluginApiServices services;
    private final ApprovalInbox approvals;
    private final FileStore files;
    private final Translations translations;
    private final PluginOfferings offerings;
    private final PluginContexts contexts;
    private final Clock clock;
    private final DataSource pluginDataSource;
    private final GenericApplicationContext apiServices;

    PluginContextFactory(
            CurrentUser currentUser,
            PluginApiServices services,
            ApprovalInbox approvals,
            FileStore files,
            Translations translations,
            PluginOfferings offerings,
            PluginContexts contexts,
            Clock clock,
            DataSource dataSource,
            PlatformTransactionManager transactions) {
        this.currentUser = currentUser;
        this.services = services;
        this.approvals = approvals;
        this.files = files;
        this.translations = translations;
        this.offerings = offerings;
        this.contexts = contexts;
        this.clock = clock;
        // Same connection and transaction as the platform's work in the same call.
        this.pluginDataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.apiServices = apiServices(pluginDataSource, transactions, clock, services);
    }

    /**
     * The parent of every plugin context: the plugin-API services and nothing else of the platform,
     * so a plugin cannot inject a platform class even by accident.
     */
    private static GenericApplicationContext apiServices(
            DataSource dataSource, PlatformTransactionManager transactions, Clock clock, PluginApiServices services) {
        var context = new GenericApplicationContext();
        context.setId("wego-plugin-api");
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(PlatformTransactionManager.class, () -> transactions);
        // For programmatic transactions: runs an outermost one again after a deadlock or lock wait timeout.
        // One per plugin bean that asks (prototype): a plugin's settings on it stay its own.
        context.registerBean(
                TransactionTemplate.class,
                () -> new RetryingTransactionTemplate(transactions),
                definition -> definition.setScope(BeanDefinition.SCOPE_PROTOTYPE));
        context.registerBean(Clock.class, () -> clock);
        for (Class<?> type : PluginApiServices.TYPES) {
            registerService(context, type, services);
        }
        context.refresh();
        return context;
    }

    private static <T> void registerService(
            GenericApplicationContext context, Class<T> type, PluginApiServices services) {
        context.registerBean(type, () -> services.get(type));
    }

    /**
     * A plugin's context, not yet refreshed: the caller keeps it before {@link #refresh} so that a
     * failing refresh leaves a half-built context it can close.
     *
     * @throws PluginException if the entry class is missing or does not implement {@link WegoPlugin}
     */
    AnnotationConfigApplicationContext create(String id, String version, ClassLoader loader, String entryClass) {
        Class<?> entry;
        try {
            entry = loader.loadClass(entryClass);
        } catch (ClassNotFoundException e) {
            throw new PluginException("its Plugin-Class " + entryClass + " is not in the jar");
        }
        if (!WegoPlugin.class.isAssignableFrom(entry)) {
            throw new PluginException(
                    "its Plugin-Class " + entryClass + " does not implement " + WegoPlugin.class.getName()
                            + " (built against another plugin API, or the API was bundled into the jar instead of provided)");
        }
        var context = new AnnotationConfigApplicationContext();
        context.setId("plugin-" + id);
        context.setDisplayName("plugin " + id + " " + version);
        context.setParent(apiServices);
        context.setClassLoader(loader);
        context.getBeanFactory().setBeanClassLoader(loader);
        // Scoped to the plugin: it submits only its own types and reads only its own requests,
        // stores files for its own entities only (their rules are declared contributions).
        Approvals pluginApprovals = approvals.forPlugin(id);
        context.registerBean(Approvals.class, () -> pluginApprovals);
        Attachments attachments = files.forOwner(id);
        context.registerBean(Attachments.class, () -> attachments);
        context.registerBean(
                PluginContext.class,
                () -> new ScopedPluginContext(
                        id,
                        currentUser,
                        services,
                        pluginApprovals,
                        attachments,
                        clock,
                        pluginDataSource,
                        translations,
                        offerings.dataQuality(id)));
        // Its @Transactional methods run again after a deadlock or lock wait timeout, like the platform's.
        context.registerBean(
                TransactionRetryAdvisor.class,
                TransactionRetryAdvisor::new,
                definition -> definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE));
        context.register(entry);
        contexts.add(loader, context);
        return context;
    }

    /** Starts a context {@link #create}d, with the plugin's class loader as the thread's while it runs. */
    void refresh(ConfigurableApplicationContext context, ClassLoader loader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            context.refresh();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Closes the parent of every plugin context, when the platform stops. */
    void close() {
        apiServices.close();
    }
}
