package org.wego.platform.plugins;

import com.vaadin.flow.internal.ReflectionCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.Plugin;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.CachedIntrospectionResults;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.approvals.ApprovalTypes;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.files.FileStore;
import org.wego.platform.i18n.Translations;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.transactions.RetryingTransactionTemplate;
import org.wego.platform.transactions.TransactionRetryAdvisor;
import org.wego.plugin.api.Approvals;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.PluginApiVersion;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.PluginIds;
import org.wego.plugin.api.WegoPlugin;

/**
 * Loads, starts and stops plugins, at start and while the platform runs. Each step of a plugin's
 * start is checked; the first failure stops it, undoes what was registered, and leaves the plugin
 * marked failed with the reason, while the platform and the other plugins run on.
 *
 * <p>Order for one plugin: the jar's manifest (id, version, the API range it was built for, its
 * entry class), its Liquibase changelog, its Spring context (parent: the plugin-API services only),
 * its declarations, then registration of views, menus, widgets, permissions, jobs and messages.
 */
@Service
public class PluginRuntime implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    /** One jar in the plugins folder and what became of it. */
    private static final class Installed {
        final String id;
        final String version;
        final String description;
        final String requires;
        final Path jar;
        PluginState state = PluginState.FAILED;

        @Nullable
        String reason;

        /** The translated reason's key and values, when the reason is a refusal of the jar. */
        @Nullable
        String reasonKey;

        List<String> reasonArguments = List.of();

        @Nullable
        ClassLoader loader;

        @Nullable
        ConfigurableApplicationContext context;

        Installed(String id, String version, String description, String requires, Path jar) {
            this.id = id;
            this.version = version;
            this.description = description;
            this.requires = requires;
            this.jar = jar;
        }
    }

    private final Map<String, Installed> installed = new LinkedHashMap<>();
    private final PluginSettings settings;
    private final PluginRecords records;
    private final PluginMigrations migrations;
    private final PluginContexts contexts;
    private final PluginPermissions permissions;
    private final PluginJobs jobs;
    private final NavigationRegistry navigation;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final PluginApiServices services;
    private final AuditTrail audit;
    private final ApprovalInbox approvals;
    private final ApprovalTypes approvalTypes;
    private final FileStore files;
    private final PluginEndpoints endpoints;
    private final PluginTrust trust;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DataSource pluginDataSource;
    private final GenericApplicationContext apiServices;
    private final DefaultPluginManager manager;
    private final PluginOfferings offerings;
    private final org.wego.platform.demo.DemoLoader demo;
    private volatile boolean running;

    PluginRuntime(
            PluginSettings settings,
            PluginRecords records,
            PluginMigrations migrations,
            PluginContexts contexts,
            PluginPermissions permissions,
            PluginJobs jobs,
            NavigationRegistry navigation,
            Translations translations,
            CurrentUser currentUser,
            PluginApiServices services,
            AuditTrail audit,
            ApprovalInbox approvals,
            ApprovalTypes approvalTypes,
            FileStore files,
            PluginEndpoints endpoints,
            PluginTrust trust,
            Clock clock,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            PluginOfferings offerings,
            org.wego.platform.demo.DemoLoader demo) {
        this.settings = settings;
        this.records = records;
        this.migrations = migrations;
        this.contexts = contexts;
        this.permissions = permissions;
        this.jobs = jobs;
        this.navigation = navigation;
        this.translations = translations;
        this.currentUser = currentUser;
        this.services = services;
        this.audit = audit;
        this.approvals = approvals;
        this.approvalTypes = approvalTypes;
        this.files = files;
        this.endpoints = endpoints;
        this.trust = trust;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        // Same connection and transaction as the platform's work in the same call.
        this.pluginDataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.apiServices = apiServices(pluginDataSource, transactions, clock, services);
        this.manager = new PluginJars(settings.dir());
        this.offerings = offerings;
        this.demo = demo;
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

    /** PF4J, used for what it does well: reading manifests, version checks, one class loader per jar. */
    private static final class PluginJars extends DefaultPluginManager {

        PluginJars(Path dir) {
            super(dir);
            setSystemVersion(PluginApiVersion.CURRENT);
        }

        @Override
        public RuntimeMode getRuntimeMode() {
            return RuntimeMode.DEPLOYMENT;
        }

        @Override
        protected PluginLoader createPluginLoader() {
            return new ApiOnlyClassLoader.Loader(this);
        }

        @Override
        protected PluginFactory createPluginFactory() {
            // Our entry point is a Spring bean (WegoPlugin), not a PF4J Plugin subclass.
            return wrapper -> new Plugin() {};
        }
    }

    // ---- start and stop with the platform

    @Override
    public synchronized void start() {
        try {
            Files.createDirectories(settings.dir());
        } catch (IOException e) {
            throw new PluginException("Cannot create the plugins folder " + settings.dir(), e);
        }
        Map<String, Boolean> enabled = records.enabledById();
        for (Path jar : jarsIn(settings.dir())) {
            load(jar, enabled);
        }
        running = true;
        LOG.info(
                "Plugins from {}: {}",
                settings.dir(),
                installed.values().stream().map(p -> p.id + " " + p.state).toList());
    }

    private void load(Path jar, Map<String, Boolean> enabled) {
        PluginDescriptor descriptor;
        try {
            descriptor = describe(jar);
        } catch (PluginException e) {
            String id = jar.getFileName().toString();
            var broken = new Installed(id, "?", "", "?", jar);
            broken.reason = e.getMessage();
            installed.put(id, broken);
            LOG.warn("Plugin jar {} refused: {}", jar, e.getMessage());
            return;
        }
        var plugin = new Installed(
                descriptor.getPluginId(),
                descriptor.getVersion(),
                Optional.ofNullable(descriptor.getPluginDescription()).orElse(""),
                Optional.ofNullable(descriptor.getRequires()).orElse("?"),
                jar);
        if (installed.containsKey(plugin.id)) {
            plugin.reason = "another jar with the same id is installed: " + installed.get(plugin.id).jar;
            installed.put(plugin.id + "@" + jar.getFileName(), plugin);
            return;
        }
        installed.put(plugin.id, plugin);
        if (Boolean.FALSE.equals(enabled.get(plugin.id))) {
            plugin.state = PluginState.DISABLED;
            return;
        }
        if (!enabled.containsKey(plugin.id)) {
            records.save(plugin.id, plugin.version, true);
        }
        startPlugin(plugin, descriptor);
    }

    @Override
    public synchronized void stop() {
        // One by one: PF4J's stopPlugins() can fail half-way (PF4J issue 656).
        for (Installed plugin : List.copyOf(installed.values())) {
            if (plugin.state == PluginState.STARTED) {
                unregister(plugin);
            }
        }
        apiServices.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (phase {@code Integer.MAX_VALUE - 1024}) opens, so routes exist for the first request. */
    @Override
    public int getPhase() {
        return 0;
    }

    // ---- what the administration sees and does

    private PluginStatus statusOf(Installed plugin) {
        return new PluginStatus(
                plugin.id,
                plugin.version,
                plugin.description,
                plugin.state,
                plugin.state == PluginState.FAILED ? plugin.reason : null,
                plugin.requires,
                plugin.requires.equals("?") || reserved(plugin.id) ? List.of() : migrations.applied(plugin.id),
                plugin.state == PluginState.FAILED ? plugin.reasonKey : null,
                plugin.state == PluginState.FAILED ? plugin.reasonArguments : List.of());
    }

    /** Every installed plugin, in the order loaded. */
    public synchronized List<PluginStatus> plugins() {
        return installed.values().stream().map(this::statusOf).toList();
    }

    /** One plugin by id. */
    public synchronized Optional<PluginStatus> plugin(String id) {
        return Optional.ofNullable(installed.get(id)).map(this::statusOf);
    }

    /**
     * Installs a plugin jar while the platform runs: copies it into the plugins folder, migrates and
     * starts it. A plugin that fails to start stays installed, marked failed with the reason.
     *
     * @throws PluginException if the jar is no plugin, is not signed by a trusted key, has a reserved
     *     id, or its id is installed already
     */
    public synchronized PluginStatus install(Path jar) {
        PluginDescriptor descriptor = describe(jar);
        String id = descriptor.getPluginId();
        if (installed.containsKey(id)) {
            throw new PluginException("Plugin " + id + " is installed already; upgrade it instead");
        }
        // Before anything is copied or recorded: a refused jar leaves no trace but the refusal.
        trust.admit(jar, id);
        Path target = copyIntoFolder(jar, descriptor);
        records.save(id, descriptor.getVersion(), true);
        load(target, Map.of(id, true));
        return audited(null, statusOf(installed.get(id)));
    }

    /**
     * Whether a plugin with the jar's id is installed already.
     *
     * @throws PluginException if the jar is no plugin
     */
    public synchronized boolean isInstalled(Path jar) {
        return installed.containsKey(describe(jar).getPluginId());
    }

    /** Stops a plugin and keeps it stopped across restarts; its data stays. */
    public synchronized PluginStatus disable(String id) {
        Installed plugin = require(id);
        if (plugin.state == PluginState.STARTED) {
            unregister(plugin);
        }
        PluginStatus before = statusOf(plugin);
        plugin.state = PluginState.DISABLED;
        records.save(id, plugin.version, false);
        return audited(before, statusOf(plugin));
    }

    /** Starts a disabled or failed plugin again (after its cause was fixed, e.g. the database). */
    public synchronized PluginStatus enable(String id) {
        Installed plugin = require(id);
        PluginStatus before = statusOf(plugin);
        records.save(id, plugin.version, true);
        if (plugin.state != PluginState.STARTED) {
            startPlugin(plugin, describe(plugin.jar));
        }
        return audited(before, statusOf(plugin));
    }

    /**
     * Replaces an installed plugin by a newer version of it: stops the old one, applies the new
     * version's changelog (only its new change sets run) and starts it.
     *
     * @throws PluginException if no plugin with that id is installed, the jar is not newer, or it is
     *     not signed by a trusted key
     */
    public synchronized PluginStatus upgrade(Path jar) {
        PluginDescriptor descriptor = describe(jar);
        Installed old = require(descriptor.getPluginId());
        if (manager.getVersionManager().compareVersions(descriptor.getVersion(), old.version) <= 0) {
            throw new PluginException("Plugin " + old.id + " " + descriptor.getVersion()
                    + " is not newer than the installed " + old.version);
        }
        // Before the running version stops: a refused upgrade leaves it running.
        trust.admit(jar, old.id);
        if (old.state == PluginState.STARTED) {
            unregister(old);
        }
        Path target = copyIntoFolder(jar, descriptor);
        deleteJar(old);
        installed.remove(old.id);
        PluginStatus before = statusOf(old);
        records.save(old.id, descriptor.getVersion(), true);
        load(target, Map.of(old.id, true));
        return audited(before, statusOf(installed.get(old.id)));
    }

    /**
     * The development loop ({@link PluginFolderWatch}): a rebuilt jar replaces the running plugin of its id
     * through the steps and the audit record of {@link #upgrade}, but may keep the version (a rebuilt
     * snapshot). The replaced jar's file in the plugins folder takes the new content, so the folder keeps
     * one jar per plugin. A jar of an id not installed is installed.
     *
     * @throws PluginException if the jar is no plugin or is not signed by a trusted key
     */
    public synchronized PluginStatus reinstall(Path jar) {
        PluginDescriptor descriptor = describe(jar);
        Installed old = installed.get(descriptor.getPluginId());
        if (old == null) {
            return install(jar);
        }
        // Before the running version stops: a refused jar leaves it running.
        trust.admit(jar, old.id);
        if (old.state == PluginState.STARTED) {
            unregister(old);
        }
        PluginStatus before = statusOf(old);
        Path target =
                settings.dir().toAbsolutePath().equals(old.jar.toAbsolutePath().getParent())
                        ? old.jar
                        : settings.dir().resolve(old.jar.getFileName());
        try {
            Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PluginException("Cannot copy " + jar + " into " + settings.dir() + ": " + e.getMessage(), e);
        }
        installed.remove(old.id);
        records.save(old.id, descriptor.getVersion(), true);
        load(target, Map.of(old.id, true));
        return audited(before, statusOf(installed.get(old.id)));
    }

    /**
     * Removes a plugin: its views, menus, jobs and permissions go at once, its jar is deleted and its
     * class loader released. With {@code dropData} its tables go too; otherwise they stay for a later
     * reinstall.
     */
    public synchronized void uninstall(String id, boolean dropData) {
        Installed plugin = require(id);
        if (plugin.state == PluginState.STARTED) {
            unregister(plugin);
        }
        deleteJar(plugin);
        installed.remove(id);
        records.delete(id);
        // A refused jar under a reserved id owns no data: 'platform' would name the platform's own tables.
        if (dropData && !reserved(id)) {
            migrations.dropAll(id);
        }
        audited(statusOf(plugin), null);
        LOG.info("Plugin {} uninstalled{}", id, dropData ? " with its data" : "");
    }

    /**
     * A static resource of a running plugin: a file under {@code public/} in its own jar (never one of
     * the platform's or another plugin's, though its class loader could see those).
     */
    synchronized Optional<java.net.URL> publicResource(String id, String path) {
        Installed plugin = installed.get(id);
        ClassLoader loader = plugin == null || plugin.state != PluginState.STARTED ? null : plugin.loader;
        if (loader == null || path.contains("..") || path.startsWith("/") || path.isBlank()) {
            return Optional.empty();
        }
        java.net.URL url = loader.getResource("public/" + path);
        return url != null && url.toString().contains(plugin.jar.getFileName().toString())
                ? Optional.of(url)
                : Optional.empty();
    }

    /**
     * The Spring context of a started plugin: for the plugin test kit, which calls a plugin's beans
     * the way its views do. Nothing in the platform reaches into a plugin through it.
     */
    public synchronized Optional<ConfigurableApplicationContext> contextOf(String id) {
        Installed plugin = installed.get(id);
        return plugin == null || plugin.state != PluginState.STARTED || plugin.context == null
                ? Optional.empty()
                : Optional.of(plugin.context);
    }

    /** The class loader of a running plugin (tests check it is released after uninstall). */
    synchronized Optional<ClassLoader> loaderOf(String id) {
        return Optional.ofNullable(installed.get(id)).map(p -> p.loader);
    }

    /** Administration changes go into the audit trail like every other change. */
    private @Nullable PluginStatus audited(@Nullable PluginStatus before, @Nullable PluginStatus after) {
        String id = after != null
                ? after.id()
                : java.util.Objects.requireNonNull(before).id();
        transactions.executeWithoutResult(status -> audit.record("platform.plugin", id, before, after));
        return after;
    }

    /** The job ids registered now (for the administration and tests). */
    public List<String> registeredJobs() {
        return jobs.registered();
    }

    // ---- one plugin's start, step by step

    private void startPlugin(Installed plugin, PluginDescriptor descriptor) {
        try {
            // Every start (folder scan, enable, install, upgrade) checks the jar as it is on disk now.
            trust.admit(plugin.jar, plugin.id);
            checkManifest(descriptor);
            String loadedId = manager.loadPlugin(plugin.jar);
            PluginWrapper wrapper = manager.getPlugin(loadedId);
            plugin.loader = wrapper.getPluginClassLoader();
            if (PluginMigrations.hasChangelog(plugin.id, plugin.jar)) {
                migrations.apply(plugin.id, plugin.jar);
            }
            plugin.context = contextOf(plugin, descriptor.getPluginClass());
            var declared = new DeclaredContributions(plugin.id);
            plugin.context.getBean(WegoPlugin.class).contribute(declared);
            declared.checkTitles(plugin.loader);
            if (!declared.problems().isEmpty()) {
                throw new PluginException(
                        "its declarations break the plugin contract: " + String.join("; ", declared.problems()));
            }
            register(plugin, declared);
            plugin.state = PluginState.STARTED;
            plugin.reason = null;
            plugin.reasonKey = null;
            plugin.reasonArguments = List.of();
            LOG.info("Plugin {} {} started", plugin.id, plugin.version);
        } catch (RuntimeException | LinkageError e) {
            plugin.state = PluginState.FAILED;
            plugin.reason = reasonOf(e);
            if (e instanceof PluginException refusal && refusal.messageKey().isPresent()) {
                // Refused before any of its code ran (untrusted jar, reserved id): the reason says it all.
                plugin.reasonKey = refusal.messageKey().get();
                plugin.reasonArguments = refusal.arguments();
                LOG.warn("Plugin {} {} refused: {}", plugin.id, plugin.version, plugin.reason);
                // Nothing of it was registered, and unregistering by a reserved id such as 'platform'
                // would remove what the platform registered under that name.
                return;
            }
            plugin.reasonKey = null;
            plugin.reasonArguments = List.of();
            LOG.warn("Plugin {} {} failed: {}", plugin.id, plugin.version, plugin.reason, e);
            unregister(plugin);
        }
    }

    private void checkManifest(PluginDescriptor descriptor) {
        String id = descriptor.getPluginId();
        if (!PluginIds.isValid(id)) {
            throw new PluginException("its id '" + id + "' is not kebab-case (e.g. feasibility-studies)");
        }
        String requires = descriptor.getRequires();
        if (requires == null || requires.isBlank() || requires.equals("*")) {
            throw new PluginException(
                    "its manifest names no Plugin-Requires range of the plugin API (e.g. >=1.0.0 & <2.0.0)");
        }
        if (!manager.getVersionManager().checkVersionConstraint(PluginApiVersion.CURRENT, requires)) {
            throw new PluginException(
                    "it was built for plugin API " + requires + "; this platform has API " + PluginApiVersion.CURRENT);
        }
        if (descriptor.getPluginClass() == null || descriptor.getPluginClass().isBlank()) {
            throw new PluginException("its manifest names no Plugin-Class (the class implementing WegoPlugin)");
        }
    }

    private ConfigurableApplicationContext contextOf(Installed plugin, String entryClass) {
        ClassLoader loader = java.util.Objects.requireNonNull(plugin.loader);
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
        context.setId("plugin-" + plugin.id);
        context.setDisplayName("plugin " + plugin.id + " " + plugin.version);
        context.setParent(apiServices);
        context.setClassLoader(loader);
        context.getBeanFactory().setBeanClassLoader(loader);
        // Scoped to the plugin: it submits only its own types and reads only its own requests,
        // stores files for its own entities only (their rules are declared contributions).
        Approvals pluginApprovals = approvals.forPlugin(plugin.id);
        context.registerBean(Approvals.class, () -> pluginApprovals);
        Attachments attachments = files.forOwner(plugin.id);
        context.registerBean(Attachments.class, () -> attachments);
        context.registerBean(
                PluginContext.class,
                () -> new ScopedPluginContext(
                        plugin.id,
                        currentUser,
                        services,
                        pluginApprovals,
                        attachments,
                        clock,
                        pluginDataSource,
                        translations,
                        offerings.dataQuality(plugin.id)));
        // Its @Transactional methods run again after a deadlock or lock wait timeout, like the platform's.
        context.registerBean(
                TransactionRetryAdvisor.class,
                TransactionRetryAdvisor::new,
                definition -> definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE));
        context.register(entry);
        contexts.add(loader, context);
        // Set before refresh: a failing refresh leaves a half-built context that unregister() closes.
        plugin.context = context;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            context.refresh();
        } finally {
            thread.setContextClassLoader(previous);
        }
        return context;
    }

    private void register(Installed plugin, DeclaredContributions declared) {
        ClassLoader loader = java.util.Objects.requireNonNull(plugin.loader);
        translations.addBundle("i18n/" + plugin.id, loader);
        permissions.register(plugin.id, declared.permissions());
        navigation.register(declared.navigation());
        jobs.register(plugin.id, declared.jobs(), loader);
        jobs.registerReminders(plugin.id, declared.reminders(), loader);
        approvalTypes.register(plugin.id, declared.approvalTypes());
        declared.attachmentRules().forEach((entity, rule) -> files.setRule(plugin.id, entity, rule));
        endpoints.register(plugin.id, java.util.Objects.requireNonNull(plugin.context));
        offerings.register(plugin.id, declared);
        // ./wego run --demo: the plugin's demo set, once per demo database (nothing in any other run).
        declared.demoData().ifPresent(data -> demo.loadIfDemo(plugin.id, data, loader));
    }

    /** Undoes whatever part of a start happened; safe to call at any point of it. */
    private void unregister(Installed plugin) {
        offerings.remove(plugin.id);
        endpoints.remove(plugin.id);
        navigation.remove(plugin.id);
        permissions.remove(plugin.id);
        files.removeRules(plugin.id);
        jobs.remove(plugin.id);
        approvalTypes.remove(plugin.id);
        ConfigurableApplicationContext context = plugin.context;
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the context of plugin {} failed", plugin.id, e);
            }
        }
        ClassLoader loader = plugin.loader;
        if (loader != null) {
            translations.removeBundles(loader);
            endpoints.forget(loader);
            contexts.remove(loader);
            forgetClassesOf(loader);
        }
        if (manager.getPlugin(plugin.id) != null) {
            manager.unloadPlugin(plugin.id);
        }
        plugin.context = null;
        plugin.loader = null;
    }

    /** The caches of Spring and Vaadin that hold classes and would keep the class loader alive. */
    private static void forgetClassesOf(ClassLoader loader) {
        CachedIntrospectionResults.clearClassLoader(loader);
        AnnotationUtils.clearCache();
        ResolvableType.clearCache();
        ReflectionUtils.clearCache();
        ReflectionCache.clearAll();
    }

    // ---- jars

    private PluginDescriptor describe(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("No plugin jar at " + jar);
        }
        try {
            PluginDescriptor descriptor = new ManifestPluginDescriptorFinder().find(jar);
            if (descriptor.getPluginId() == null || descriptor.getVersion() == null) {
                throw new PluginException(
                        jar.getFileName() + " is not a plugin jar: its manifest has no Plugin-Id or Plugin-Version");
            }
            return descriptor;
        } catch (PluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PluginException(
                    jar.getFileName() + " is not a plugin jar: " + PluginMigrations.rootMessage(e), e);
        }
    }

    private Path copyIntoFolder(Path jar, PluginDescriptor descriptor) {
        Path target = settings.dir().resolve(descriptor.getPluginId() + "-" + descriptor.getVersion() + ".jar");
        try {
            Files.createDirectories(settings.dir());
            if (!Files.isSameFile(jar.getParent(), settings.dir()) || !jar.equals(target)) {
                Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new PluginException("Cannot copy " + jar + " into " + settings.dir() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteJar(Installed plugin) {
        try {
            Files.deleteIfExists(plugin.jar);
        } catch (IOException e) {
            throw new PluginException("Cannot delete " + plugin.jar + ": " + e.getMessage(), e);
        }
    }

    private static boolean reserved(String id) {
        return ReservedPluginIds.collisionOf(id).isPresent();
    }

    private Installed require(String id) {
        Installed plugin = installed.get(id);
        if (plugin == null) {
            throw new PluginException("No plugin " + id + " is installed");
        }
        return plugin;
    }

    private static List<Path> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new PluginException("Cannot read the plugins folder " + dir, e);
        }
    }

    /** The reason an administrator reads: the plugin's own message, not a stack trace. */
    static String reasonOf(Throwable e) {
        if (e instanceof PluginException) {
            return e.getMessage();
        }
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 3; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        String detail = messages.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", messages);
        return "it failed to start: " + e.getClass().getSimpleName() + ": " + detail;
    }
}
