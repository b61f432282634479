package org.wego.platform.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.audit.AuditTrail;
import org.wego.plugin.api.PluginApiVersion;
import org.wego.plugin.api.PluginIds;
import org.wego.plugin.api.WegoPlugin;

/**
 * Loads, starts and stops plugins, at start and while the platform runs (install, enable, disable,
 * upgrade, reinstall, uninstall, each audited). Each step of a plugin's start is checked; the first
 * failure stops it, undoes what was registered, and leaves the plugin marked failed with the reason,
 * while the platform and the other plugins run on.
 *
 * <p>Order for one plugin: the jar's manifest (id, version, the API range it was built for, its
 * entry class), its Liquibase changelog, its Spring context ({@link PluginContextFactory}), its
 * declarations, then their registration ({@link PluginRegistrar}). Jars come from the {@link
 * PluginFolder}.
 */
@Service
class PluginLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);

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
    private final PluginFolder folder;
    private final PluginContextFactory contextFactory;
    private final PluginRegistrar registrar;
    private final PluginRecords records;
    private final PluginMigrations migrations;
    private final PluginTrust trust;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final DefaultPluginManager manager;
    private volatile boolean running;

    PluginLifecycle(
            PluginFolder folder,
            PluginContextFactory contextFactory,
            PluginRegistrar registrar,
            PluginRecords records,
            PluginMigrations migrations,
            PluginTrust trust,
            AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.folder = folder;
        this.contextFactory = contextFactory;
        this.registrar = registrar;
        this.records = records;
        this.migrations = migrations;
        this.trust = trust;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.manager = new PluginJars(folder.dir());
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
        Map<String, Boolean> enabled = records.enabledById();
        for (Path jar : folder.jars()) {
            load(jar, enabled);
        }
        running = true;
        LOG.info(
                "Plugins from {}: {}",
                folder.dir(),
                installed.values().stream().map(p -> p.id + " " + p.state).toList());
    }

    private void load(Path jar, Map<String, Boolean> enabled) {
        PluginDescriptor descriptor;
        try {
            descriptor = folder.describe(jar);
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
        contextFactory.close();
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
    synchronized List<PluginStatus> plugins() {
        return installed.values().stream().map(this::statusOf).toList();
    }

    /** One plugin by id. */
    synchronized Optional<PluginStatus> plugin(String id) {
        return Optional.ofNullable(installed.get(id)).map(this::statusOf);
    }

    /** See {@link PluginRuntime#install}. */
    synchronized PluginStatus install(Path jar) {
        PluginDescriptor descriptor = folder.describe(jar);
        String id = descriptor.getPluginId();
        if (installed.containsKey(id)) {
            throw new PluginException("Plugin " + id + " is installed already; upgrade it instead");
        }
        // Before anything is copied or recorded: a refused jar leaves no trace but the refusal.
        trust.admit(jar, id);
        Path target = folder.copyIn(jar, descriptor);
        records.save(id, descriptor.getVersion(), true);
        load(target, Map.of(id, true));
        return audited(null, statusOf(installed.get(id)));
    }

    /** See {@link PluginRuntime#isInstalled}. */
    synchronized boolean isInstalled(Path jar) {
        return installed.containsKey(folder.describe(jar).getPluginId());
    }

    /** See {@link PluginRuntime#disable}. */
    synchronized PluginStatus disable(String id) {
        Installed plugin = require(id);
        if (plugin.state == PluginState.STARTED) {
            unregister(plugin);
        }
        PluginStatus before = statusOf(plugin);
        plugin.state = PluginState.DISABLED;
        records.save(id, plugin.version, false);
        return audited(before, statusOf(plugin));
    }

    /** See {@link PluginRuntime#enable}. */
    synchronized PluginStatus enable(String id) {
        Installed plugin = require(id);
        PluginStatus before = statusOf(plugin);
        records.save(id, plugin.version, true);
        if (plugin.state != PluginState.STARTED) {
            startPlugin(plugin, folder.describe(plugin.jar));
        }
        return audited(before, statusOf(plugin));
    }

    /** See {@link PluginRuntime#upgrade}. */
    synchronized PluginStatus upgrade(Path jar) {
        PluginDescriptor descriptor = folder.describe(jar);
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
        Path target = folder.copyIn(jar, descriptor);
        folder.delete(old.jar);
        installed.remove(old.id);
        PluginStatus before = statusOf(old);
        records.save(old.id, descriptor.getVersion(), true);
        load(target, Map.of(old.id, true));
        return audited(before, statusOf(installed.get(old.id)));
    }

    /** See {@link PluginRuntime#reinstall}. */
    synchronized PluginStatus reinstall(Path jar) {
        PluginDescriptor descriptor = folder.describe(jar);
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
        Path target = folder.replace(old.jar, jar);
        installed.remove(old.id);
        records.save(old.id, descriptor.getVersion(), true);
        load(target, Map.of(old.id, true));
        return audited(before, statusOf(installed.get(old.id)));
    }

    /** See {@link PluginRuntime#uninstall}. */
    synchronized void uninstall(String id, boolean dropData) {
        Installed plugin = require(id);
        if (plugin.state == PluginState.STARTED) {
            unregister(plugin);
        }
        folder.delete(plugin.jar);
        installed.remove(id);
        records.delete(id);
        // A refused jar under a reserved id owns no data: 'platform' would name the platform's own tables.
        if (dropData && !reserved(id)) {
            migrations.dropAll(id);
        }
        audited(statusOf(plugin), null);
        LOG.info("Plugin {} uninstalled{}", id, dropData ? " with its data" : "");
    }

    /** See {@link PluginRuntime#publicResource}. */
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

    /** See {@link PluginRuntime#contextOf}. */
    synchronized Optional<ConfigurableApplicationContext> contextOf(String id) {
        Installed plugin = installed.get(id);
        return plugin == null || plugin.state != PluginState.STARTED || plugin.context == null
                ? Optional.empty()
                : Optional.of(plugin.context);
    }

    /** The class loader of a running plugin (tests check it is released after uninstall). */
    synchronized Optional<ClassLoader> loaderOf(String id) {
        return Optional.ofNullable(installed.get(id)).map(p -> p.loader);
    }

    /** The job ids registered now (for the administration and tests). */
    List<String> registeredJobs() {
        return registrar.registeredJobs();
    }

    /** Administration changes go into the audit trail like every other change. */
    private @Nullable PluginStatus audited(@Nullable PluginStatus before, @Nullable PluginStatus after) {
        String id = after != null ? after.id() : Objects.requireNonNull(before).id();
        transactions.executeWithoutResult(status -> audit.record("platform.plugin", id, before, after));
        return after;
    }

    // ---- one plugin's start, step by step

    private void startPlugin(Installed plugin, PluginDescriptor descriptor) {
        try {
            // Every start (folder scan, enable, install, upgrade) checks the jar as it is on disk now.
            trust.admit(plugin.jar, plugin.id);
            checkManifest(descriptor);
            String loadedId = manager.loadPlugin(plugin.jar);
            PluginWrapper wrapper = manager.getPlugin(loadedId);
            ClassLoader loader = wrapper.getPluginClassLoader();
            plugin.loader = loader;
            if (PluginMigrations.hasChangelog(plugin.id, plugin.jar)) {
                migrations.apply(plugin.id, plugin.jar);
            }
            var context = contextFactory.create(plugin.id, plugin.version, loader, descriptor.getPluginClass());
            // Kept before refresh: a failing refresh leaves a half-built context that unregister() closes.
            plugin.context = context;
            contextFactory.refresh(context, loader);
            var declared = new DeclaredContributions(plugin.id);
            context.getBean(WegoPlugin.class).contribute(declared);
            declared.checkTitles(loader);
            if (!declared.problems().isEmpty()) {
                throw new PluginException(
                        "its declarations break the plugin contract: " + String.join("; ", declared.problems()));
            }
            registrar.register(plugin.id, loader, context, declared);
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

    /** Undoes whatever part of a start happened; safe to call at any point of it. */
    private void unregister(Installed plugin) {
        registrar.unregister(plugin.id, plugin.context, plugin.loader);
        if (manager.getPlugin(plugin.id) != null) {
            manager.unloadPlugin(plugin.id);
        }
        plugin.context = null;
        plugin.loader = null;
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
