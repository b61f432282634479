package org.wego.platform.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * Loads a plugin's demo data set once into a database that {@code ./wego run --demo} created, in one
 * transaction: the set's records, its row in {@code platform_demo_load} (so a restart does not load it
 * again) and the flags of its records commit or roll back together. Any other database is refused: demo
 * records must never mix with real ones.
 */
@Service
public class DemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApprovalInbox inbox;
    private final CurrentUser currentUser;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    DemoLoader(
            @Value("${wego.demo.enabled:false}") boolean enabled,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ApprovalInbox inbox,
            CurrentUser currentUser,
            OrganisationDirectory organisations,
            Clock clock) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * In a {@code --demo} run, loads the plugin's set unless it was loaded before; never throws (a set
     * that fails is rolled back and logged, the plugin keeps running). Outside a demo run it does nothing.
     */
    public void loadIfDemo(String pluginId, DemoData data, ClassLoader loader) {
        if (!enabled) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            if (load(pluginId, data)) {
                LOG.info("Demo data of plugin {} loaded", pluginId);
            }
        } catch (DemoDatabaseRefusal e) {
            LOG.warn("Demo data of plugin {} not loaded: {}", pluginId, e.getMessage()); // says it all
        } catch (RuntimeException e) {
            LOG.warn("Demo data of plugin {} not loaded: {}", pluginId, e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Loads the set now, in one transaction.
     *
     * @return false when this database has it already
     * @throws DemoDatabaseRefusal when this database was not created by {@code ./wego run --demo}
     */
    public boolean load(String pluginId, DemoData data) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            requireDemoDatabase();
            try {
                jdbc.sql("INSERT INTO platform_demo_load (plugin_id, loaded_at) VALUES (:plugin, :at)")
                        .param("plugin", pluginId)
                        .param("at", LocalDateTime.now(clock))
                        .update();
            } catch (DuplicateKeyException e) {
                return false; // loaded before (or by another node just now)
            }
            data.load(new Context(pluginId));
            return true;
        }));
    }

    /** Whether this database carries the mark of {@code ./wego run --demo} (set when it created it). */
    public boolean isDemoDatabase() {
        return jdbc.sql("SELECT COUNT(*) FROM platform_demo_database")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private void requireDemoDatabase() {
        if (!isDemoDatabase()) {
            throw new DemoDatabaseRefusal();
        }
    }

    /** One set's loading: who it acts as, and the flags it writes. */
    private final class Context implements DemoDataContext {

        private final String pluginId;

        Context(String pluginId) {
            this.pluginId = pluginId;
        }

        @Override
        public <T> T as(Role role, OrganisationKey organisation, Supplier<T> work) {
            if (organisations.byKey(organisation).isEmpty()) {
                throw new IllegalArgumentException("demo data of " + pluginId + " acts for organisation '"
                        + organisation.value() + "', which is not in the registry: use one of the seed's");
            }
            try (var acting = DemoUser.actAs(role, organisation)) {
                return work.get();
            }
        }

        @Override
        public void approve(long requestId, String comment) {
            try (var acting = DemoUser.actAs(Role.SECRETARIAT, SECRETARIAT)) {
                inbox.decide(currentUser.require(), requestId, ApprovalStatus.APPROVED, comment);
            }
        }

        @Override
        public void flag(String type, String id, String title) {
            if (!title.startsWith(TITLE_PREFIX)) {
                throw new IllegalArgumentException("demo record " + type + " " + id + " of " + pluginId + " is titled '"
                        + title + "': every demo record's title starts with '" + TITLE_PREFIX + "'");
            }
            jdbc.sql("""
                            INSERT INTO platform_demo_record (plugin_id, type, record_id, title, flagged_at)
                            VALUES (:plugin, :type, :id, :title, :at)""")
                    .param("plugin", pluginId)
                    .param("type", Objects.requireNonNull(type))
                    .param("id", Objects.requireNonNull(id))
                    .param("title", title)
                    .param("at", LocalDateTime.now(clock))
                    .update();
        }
    }
}
