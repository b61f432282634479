package org.wego.plugins.training.bench;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.platform.WegoApplication;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * Enrolments per second, for {@code ./wego bench enrolment}: through the training plugin as in
 * production, and as raw atomic SQL on the same tables, in one run, {@value #WORKERS} workers each.
 *
 * <p>Creates the schema {@value #SCHEMA} on the MariaDB server of {@code WEGO_DB_URL} (never the
 * platform's own database), boots the platform in this JVM on it with the training plugin's jar (so the
 * platform's and the plugin's migrations run) and prepares, per phase and path, 8 open programmes with
 * room for everyone (capacity and quota checked, never reached) and pending nominations from 40 member
 * cities:
 *
 * <ul>
 *   <li><b>service</b>: nominations made through the plugin's {@code Nominations.nominate} as the cities
 *       (each one a request in the approvals inbox); measured: the secretariat approving them through
 *       the platform's {@code ApprovalInbox.decide}, which calls the plugin's handler and its seat
 *       service {@code Seats} in the decision's transaction (programme row lock, locking counts, audit
 *       entries), exactly the production path;
 *   <li><b>raw</b>: the same rows inserted by batched SQL; measured: per nomination one transaction of
 *       {@code SELECT ... FOR UPDATE} on the programme and one conditional {@code UPDATE} that enrols
 *       only while the programme's and the city's enrolled counts are under capacity and quota (the
 *       waitlist when not, never reached here).
 * </ul>
 *
 * <p>Warm-up ({@code -Dbench.warm-up}, default {@value #DEFAULT_WARM_UP} enrolments per path), then
 * {@code -Dbench.rounds} (default 3) measured rounds of {@code -Dbench.enrolments} (default
 * {@value #DEFAULT_ENROLMENTS}) per path, alternating service and raw. The schema is dropped at the end,
 * whatever happened.
 *
 * <p>{@code EnrolmentBench PLUGIN_JAR RESULTS_FILE} writes lines {@code service|raw ENROLMENTS NANOS}.
 */
public final class EnrolmentBench {

    static final String SCHEMA = "wego_bench_enrolment";
    static final int WORKERS = 8;
    static final int DEFAULT_WARM_UP = 1_000;
    static final int DEFAULT_ENROLMENTS = 1_000;
    static final int WARM_UP = Integer.getInteger("bench.warm-up", DEFAULT_WARM_UP);
    static final int ENROLMENTS = Integer.getInteger("bench.enrolments", DEFAULT_ENROLMENTS);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final int PROGRAMMES = 8;
    static final int CITIES = 40;

    private static final String PLUGIN = "org.wego.plugins.training.";
    private static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");

    private EnrolmentBench() {}

    /** A nomination waiting for its decision: its id, approval request, programme and city. */
    record Pending(long nomination, long request, long programme, String organisation) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EnrolmentBench PLUGIN_JAR RESULTS_FILE");
            System.exit(2);
        }
        String serverUrl = serverUrl(requireEnv("WEGO_DB_URL"));
        String user = requireEnv("WEGO_DB_USER");
        String password = System.getenv().getOrDefault("WEGO_DB_PASSWORD", "");
        Path plugins = Files.createTempDirectory("wego-bench-enrolment-plugins");
        Path files = Files.createTempDirectory("wego-bench-enrolment-files");
        Files.copy(Path.of(args[0]), plugins.resolve("wego-plugin-training.jar"));
        int status = 1;
        ConfigurableApplicationContext context = null;
        try (var admin = DriverManager.getConnection(serverUrl, user, password);
                var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA); // left by an interrupted run
            statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), true)) {
                context = new SpringApplicationBuilder(WegoApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + withSchema(serverUrl),
                                "--wego.plugins.dir=" + plugins,
                                "--wego.files.dir=" + files);
                var training = context.getBean(PluginRuntime.class)
                        .contextOf("training")
                        .orElseThrow(() -> new IllegalStateException("the training plugin did not start"));
                var bench = new Bench(
                        new Plugin(training),
                        context.getBean(ApprovalInbox.class),
                        context.getBean(DataSource.class),
                        context.getBean(OrganisationDirectory.class));
                bench.run(out);
                status = 0;
            } catch (Exception | Error e) {
                e.printStackTrace();
            } finally {
                if (context != null) {
                    context.close();
                }
                statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            }
        } finally {
            deleteQuietly(plugins);
            deleteQuietly(files);
        }
        System.exit(status);
    }

    private static final class Bench {

        private final Plugin plugin;
        private final ApprovalInbox inbox;
        private final DataSource dataSource;
        private final JdbcClient jdbc;
        private final List<Organisation> cities;
        private final SignedInUser officer = new SignedInUser(
                "bench-secretariat",
                "bench-secretariat",
                "Bench secretariat",
                "",
                Set.of(Role.SECRETARIAT),
                SECRETARIAT,
                Locale.ENGLISH);
        private int serial;

        Bench(Plugin plugin, ApprovalInbox inbox, DataSource dataSource, OrganisationDirectory directory) {
            this.plugin = plugin;
            this.inbox = inbox;
            this.dataSource = dataSource;
            this.jdbc = JdbcClient.create(dataSource);
            this.cities = directory.search(
                    new OrganisationDirectory.Query(null, OrganisationType.CITY, null, null, null, null, 0, CITIES));
            if (cities.size() < CITIES) {
                throw new IllegalStateException("the registry has only " + cities.size() + " cities");
            }
        }

        void run(PrintWriter out) throws Exception {
            System.out.println("bench: preparing the warm-up");
            measure("service", servicePending(WARM_UP), false, out);
            measure("raw", rawPending(WARM_UP), false, out);
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.println("bench: preparing round " + round);
                List<Pending> service = servicePending(ENROLMENTS);
                List<Pending> raw = rawPending(ENROLMENTS);
                measure("service", service, true, out);
                measure("raw", raw, true, out);
            }
            check();
        }

        /** Decides the pending nominations with 8 workers; writes the time when measured. */
        private void measure(String path, List<Pending> pending, boolean measured, PrintWriter out) throws Exception {
            var queue = new ConcurrentLinkedQueue<>(pending);
            var start = new CountDownLatch(1);
            var failure = new AtomicReference<Throwable>();
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                workers.add(pool.submit(() -> {
                    signIn("bench-secretariat", "secretariat", SECRETARIAT);
                    // The raw path holds one connection per worker; the service takes its own per decision.
                    try (Connection connection = path.equals("raw") ? dataSource.getConnection() : null) {
                        RawEnrolment raw = connection == null ? null : new RawEnrolment(connection);
                        start.await();
                        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
                            if (raw == null) {
                                inbox.decide(officer, p.request(), ApprovalStatus.APPROVED, null);
                            } else {
                                raw.enrol(p);
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            long elapsed = System.nanoTime() - began;
            pool.shutdown();
            if (failure.get() != null) {
                throw new IllegalStateException(path + " failed", failure.get());
            }
            long enrolled = jdbc.sql(
                            "SELECT COUNT(*) FROM training_nomination WHERE id IN (:ids) AND status = 'ENROLLED'")
                    .param("ids", pending.stream().map(Pending::nomination).toList())
                    .query(Long.class)
                    .single();
            if (enrolled != pending.size()) {
                throw new IllegalStateException(path + ": " + enrolled + " of " + pending.size() + " enrolled");
            }
            if (measured) {
                out.println(path + " " + pending.size() + " " + elapsed);
            }
            System.out.printf(
                    Locale.ROOT,
                    "bench: %s %s %d enrolments in %.2f s%n",
                    measured ? "measured" : "warm-up",
                    path,
                    pending.size(),
                    elapsed / 1e9);
        }

        /** Nominations through the plugin's service, as the cities: each is a request in the inbox. */
        private List<Pending> servicePending(int count) throws Exception {
            List<Long> programmes = programmes(count);
            var pending = new ArrayList<Pending>();
            for (int i = 0; i < count; i++) {
                Organisation city = cities.get(i % CITIES);
                long programme = programmes.get(i % PROGRAMMES);
                signIn("bench-" + city.key().value(), "member-city", city.key());
                try {
                    int n = ++serial;
                    long nomination =
                            plugin.nominate(programme, "Trainee " + n, city.key(), "t" + n + "@bench.example.org");
                    long request = jdbc.sql("SELECT approval_request_id FROM training_nomination WHERE id = :id")
                            .param("id", nomination)
                            .query(Long.class)
                            .single();
                    pending.add(new Pending(
                            nomination, request, programme, city.key().value()));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
            Collections.shuffle(pending, new Random(count));
            return pending;
        }

        /** The same rows, inserted by batched SQL: trainees and pending nominations. */
        private List<Pending> rawPending(int count) throws Exception {
            List<Long> programmes = programmes(count);
            var pending = new ArrayList<Pending>();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement trainee = connection.prepareStatement("""
                                INSERT INTO training_trainee (name, position, department, organisation_key, email,
                                    language, gender) VALUES (?, 'Deputy director', 'Smart city division', ?, ?, 'en', 'FEMALE')""", new String[] {"id"});
                        PreparedStatement nomination = connection.prepareStatement("""
                                INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status,
                                    nominated_by, nominated_at, updated_at) VALUES (?, ?, ?, 'PENDING', 'bench', NOW(6), NOW(6))""", new String[] {"id"})) {
                    for (int i = 0; i < count; i++) {
                        Organisation city = cities.get(i % CITIES);
                        long programme = programmes.get(i % PROGRAMMES);
                        int n = ++serial;
                        trainee.setString(1, "Trainee " + n);
                        trainee.setString(2, city.key().value());
                        trainee.setString(3, "t" + n + "@bench.example.org");
                        trainee.executeUpdate();
                        long traineeId = key(trainee);
                        nomination.setLong(1, programme);
                        nomination.setLong(2, traineeId);
                        nomination.setString(3, city.key().value());
                        nomination.executeUpdate();
                        pending.add(new Pending(
                                key(nomination), 0, programme, city.key().value()));
                    }
                }
                connection.commit();
            }
            Collections.shuffle(pending, new Random(count));
            return pending;
        }

        /** Eight open programmes with room for all of this phase, created by the secretariat. */
        private List<Long> programmes(int count) throws Exception {
            signIn("bench-secretariat", "secretariat", SECRETARIAT);
            try {
                var ids = new ArrayList<Long>();
                int capacity = count / PROGRAMMES + 1;
                for (int p = 0; p < PROGRAMMES; p++) {
                    ids.add(plugin.openProgramme("Bench " + (++serial), capacity, capacity));
                }
                return ids;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        /** No programme above its capacity or quota, whichever path enrolled. */
        private void check() {
            long over = jdbc.sql("""
                            SELECT COUNT(*) FROM training_programme p
                            WHERE (SELECT COUNT(*) FROM training_nomination n
                                   WHERE n.programme_id = p.id AND n.status = 'ENROLLED') > p.capacity""").query(Long.class).single();
            if (over > 0) {
                throw new IllegalStateException(over + " programmes above their capacity");
            }
        }
    }

    /** The raw path's statements on one connection, one transaction per enrolment. */
    private static final class RawEnrolment {

        private final Connection connection;
        private final PreparedStatement lock;
        private final PreparedStatement enrol;
        private final PreparedStatement nextPlace;
        private final PreparedStatement waitlist;

        RawEnrolment(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            lock = connection.prepareStatement(
                    "SELECT capacity, quota FROM training_programme WHERE id = ? FOR UPDATE");
            // Atomic under the programme's row lock: a seat only while both counts are under their limits.
            enrol = connection.prepareStatement("""
                    UPDATE training_nomination SET status = 'ENROLLED', updated_at = NOW(6)
                    WHERE id = ? AND status = 'PENDING'
                      AND (SELECT COUNT(*) FROM training_nomination e
                           WHERE e.programme_id = ? AND e.status = 'ENROLLED') < ?
                      AND (SELECT COUNT(*) FROM training_nomination e
                           WHERE e.programme_id = ? AND e.status = 'ENROLLED' AND e.organisation_key = ?) < ?""");
            nextPlace = connection.prepareStatement(
                    "UPDATE training_programme SET waitlist_seq = waitlist_seq + 1 WHERE id = ?");
            waitlist = connection.prepareStatement("""
                    UPDATE training_nomination SET status = 'WAITLISTED', updated_at = NOW(6),
                        waitlist_position = (SELECT waitlist_seq FROM training_programme WHERE id = ?)
                    WHERE id = ? AND status = 'PENDING'""");
        }

        void enrol(Pending p) throws SQLException {
            try {
                int capacity;
                int quota;
                lock.setLong(1, p.programme());
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    capacity = rs.getInt(1);
                    quota = rs.getInt(2);
                }
                enrol.setLong(1, p.nomination());
                enrol.setLong(2, p.programme());
                enrol.setInt(3, capacity);
                enrol.setLong(4, p.programme());
                enrol.setString(5, p.organisation());
                enrol.setInt(6, quota);
                if (enrol.executeUpdate() == 0) {
                    nextPlace.setLong(1, p.programme());
                    nextPlace.executeUpdate();
                    waitlist.setLong(1, p.programme());
                    waitlist.setLong(2, p.nomination());
                    waitlist.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The training plugin's services, called through their Spring proxies (the plugin's class loader). */
    private static final class Plugin {

        private final ClassLoader loader;
        private final Object programmes;
        private final Object nominations;
        private final Method create;
        private final Method nominate;

        Plugin(ConfigurableApplicationContext training) throws ClassNotFoundException {
            loader = training.getClassLoader();
            programmes = training.getBean(type("programmes.Programmes"));
            nominations = training.getBean(type("nominations.Nominations"));
            create = method(programmes, "create", 1);
            nominate = method(nominations, "nominate", 2);
        }

        long openProgramme(String title, int capacity, int quota) throws Exception {
            LocalDate start = LocalDate.now().plusMonths(2);
            Object input = make(
                    "programmes.ProgrammeInput",
                    title,
                    "연수 " + title,
                    null,
                    null,
                    OrganisationKey.of("kr-seoul"),
                    constant("programmes.ProgrammeMode", "ONLINE"),
                    "https://learn.example.org/bench",
                    "en",
                    start,
                    start.plusDays(4),
                    start.minusDays(14),
                    capacity,
                    quota,
                    constant("programmes.ProgrammeStatus", "OPEN"));
            return (Long) invoke(create, programmes, input);
        }

        long nominate(long programme, String name, OrganisationKey city, String email) throws Exception {
            Object input = make(
                    "nominations.TraineeInput",
                    name,
                    "Deputy director",
                    "Smart city division",
                    city,
                    email,
                    "en",
                    constant("nominations.Gender", "FEMALE"));
            return (Long) invoke(nominate, nominations, programme, input);
        }

        private Class<?> type(String name) throws ClassNotFoundException {
            return Class.forName(PLUGIN + name, true, loader);
        }

        /** A record of the plugin, by its constructor of as many parameters as arguments are given. */
        private Object make(String type, Object... arguments) throws Exception {
            for (var constructor : type(type).getDeclaredConstructors()) {
                if (constructor.getParameterCount() == arguments.length) {
                    constructor.setAccessible(true);
                    return constructor.newInstance(arguments);
                }
            }
            throw new IllegalStateException("No constructor of " + arguments.length + " parameters on " + type);
        }

        private Object constant(String type, String name) throws ClassNotFoundException {
            for (Object c : type(type).getEnumConstants()) {
                if (((Enum<?>) c).name().equals(name)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(type + "." + name);
        }

        private static Method method(Object bean, String name, int parameters) {
            for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Method m : type.getDeclaredMethods()) {
                    if (m.getName().equals(name) && m.getParameterCount() == parameters && !m.isBridge()) {
                        m.setAccessible(true);
                        return m;
                    }
                }
            }
            throw new IllegalStateException("No " + name + " on " + bean.getClass());
        }

        private static Object invoke(Method method, Object target, Object... arguments) throws Exception {
            try {
                return method.invoke(target, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /** A signed-in user on this thread, as the platform's security sees one. */
    private static void signIn(String subject, String role, OrganisationKey organisation) {
        var token = new OidcIdToken(
                "bench-token",
                Instant.now(),
                Instant.now().plusSeconds(86_400),
                Map.of(
                        "sub",
                        subject,
                        "name",
                        subject,
                        "email",
                        subject + "@bench.example.org",
                        "org_id",
                        organisation.value()));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext()
                .setAuthentication(new OAuth2AuthenticationToken(
                        new DefaultOidcUser(authorities, token), authorities, "keycloak"));
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** {@code jdbc:mariadb://host:port/} of a URL naming a schema, keeping its parameters. */
    static String serverUrl(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int path = base.indexOf('/', base.indexOf("//") + 2);
        return (path < 0 ? base + "/" : base.substring(0, path + 1)) + parameters;
    }

    private static String withSchema(String serverUrl) {
        int query = serverUrl.indexOf('?');
        return query < 0 ? serverUrl + SCHEMA : serverUrl.substring(0, query) + SCHEMA + serverUrl.substring(query);
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this through ./wego bench enrolment");
        }
        return value;
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
