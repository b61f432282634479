package org.wego.plugins.training.nominations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.programmes.ProgrammeBenchCalls;
import org.wego.plugins.training.programmes.Programmes;
import org.wego.teststack.Bench;

/**
 * {@code ./wego bench enrolment}: enrolments per second through the training plugin as in production, against
 * raw atomic SQL on the same tables, {@value #WORKERS} workers each, with the kit's {@link Bench} (rates). The
 * platform runs on a fresh schema of the test stack with the plugin's jar, so both migrations ran. Per round and
 * path, {@value #PROGRAMMES} open programmes with room for everyone (capacity and quota checked, never reached)
 * and pending nominations of {@value #CITIES} member cities:
 *
 * <ul>
 *   <li><b>path</b>: nominations made through the plugin's {@link Nominations#nominate} as the cities (typed,
 *       through {@link NominationBenchCalls}; each a request in the approvals inbox); measured: the secretariat
 *       approving them through the kit's {@code decideAsSecretariat} (the inbox's decision, whose handler places
 *       the nomination through {@code Seats}: programme row lock, locking counts, audit, in the decision's
 *       transaction), exactly the production path;
 *   <li><b>baseline</b>: the same rows inserted by batched SQL; measured: per nomination one transaction of
 *       {@code SELECT ... FOR UPDATE} on the programme and one conditional {@code UPDATE} that enrols only while
 *       the programme's and the city's enrolled counts are under capacity and quota.
 * </ul>
 *
 * <p>One warm-up round and 3 measured rounds of 1,000 enrolments per path, alternating; every enrolment is
 * checked ENROLLED and no programme above its capacity. Under {@code ./wego test} one round of
 * {@value #SMOKE_ENROLMENTS} per path, a smoke run that fails when the benchmark no longer fits the code.
 */
@WegoPluginTest
class EnrolmentBenchIT {

    static final int WORKERS = 8;
    static final int PROGRAMMES = 8;
    static final int CITIES = 40;
    static final int SMOKE_ENROLMENTS = 16;
    static final int ENROLMENTS = Bench.size(1_000, SMOKE_ENROLMENTS);

    /** A nomination waiting for its decision: its id, approval request, programme and city. */
    record Pending(long nomination, long request, long programme, String organisation) {}

    @Test
    void enrolmentsThroughTheInboxAgainstRawSql(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        DataSource dataSource = calls.platformBean(DataSource.class);
        var jdbc = JdbcClient.create(dataSource);
        List<Organisation> cities = calls.platformBean(OrganisationDirectory.class)
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.CITY, null, null, null, null, 0, CITIES));
        if (cities.size() < CITIES) {
            throw new IllegalStateException("the registry has only " + cities.size() + " cities");
        }
        IntFunction<Long> programmes = calls.inPlugin(Programmes.class, ProgrammeBenchCalls.class);
        BiFunction<Long, OrganisationKey, Long> nominate =
                calls.inPlugin(Nominations.class, NominationBenchCalls.class);
        var rounds = new Rounds(calls, jdbc, dataSource, cities, programmes, nominate);
        var bench = new Bench(String.format(
                Locale.ROOT,
                "enrolment benchmark: %,d enrolments per round, %d workers per path (path: the approvals inbox and"
                        + " the plugin's seat service; baseline: raw atomic SQL)",
                ENROLMENTS,
                WORKERS));

        bench.compareRates("enrolment", "enrolments", 1, 3, rounds::service, rounds::raw);

        rounds.checkNoProgrammeAboveCapacity();
        bench.print(System.out);
    }

    /** The rounds of both paths on the running platform. */
    private static final class Rounds {

        private final PluginCalls calls;
        private final JdbcClient jdbc;
        private final DataSource dataSource;
        private final List<Organisation> cities;
        private final IntFunction<Long> programmes;
        private final BiFunction<Long, OrganisationKey, Long> nominate;
        private int serial;

        Rounds(
                PluginCalls calls,
                JdbcClient jdbc,
                DataSource dataSource,
                List<Organisation> cities,
                IntFunction<Long> programmes,
                BiFunction<Long, OrganisationKey, Long> nominate) {
            this.calls = calls;
            this.jdbc = jdbc;
            this.dataSource = dataSource;
            this.cities = cities;
            this.programmes = programmes;
            this.nominate = nominate;
        }

        /** Nominations through the plugin as the cities; timed: the secretariat approving them in the inbox. */
        Callable<Integer> service() throws Exception {
            List<Long> open = programmes();
            var pending = new ArrayList<Pending>();
            for (int i = 0; i < ENROLMENTS; i++) {
                Organisation city = cities.get(i % CITIES);
                long programme = open.get(i % PROGRAMMES);
                try (var acting = calls.as(Role.MEMBER_CITY, city.key())) {
                    long nomination = nominate.apply(programme, city.key());
                    long request = jdbc.sql("SELECT approval_request_id FROM training_nomination WHERE id = :id")
                            .param("id", nomination)
                            .query(Long.class)
                            .single();
                    pending.add(new Pending(
                            nomination, request, programme, city.key().value()));
                }
            }
            Collections.shuffle(pending, new Random(serial));
            return () -> enrolled(
                    workers(pending, () -> p -> calls.decideAsSecretariat(p.request(), ApprovalStatus.APPROVED, null)));
        }

        /** The same rows inserted by batched SQL; timed: one atomic transaction per enrolment. */
        Callable<Integer> raw() throws Exception {
            List<Long> open = programmes();
            var pending = new ArrayList<Pending>();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement trainee = connection.prepareStatement("""
                                INSERT INTO training_trainee (name, position, department, organisation_key, email,
                                    language, gender) VALUES (?, 'Deputy director', 'Smart city division', ?, ?, 'en', 'FEMALE')""", new String[] {"id"});
                        PreparedStatement nomination = connection.prepareStatement("""
                                INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status,
                                    nominated_by, nominated_at, updated_at) VALUES (?, ?, ?, 'PENDING', 'bench', NOW(6), NOW(6))""", new String[] {"id"})) {
                    for (int i = 0; i < ENROLMENTS; i++) {
                        Organisation city = cities.get(i % CITIES);
                        long programme = open.get(i % PROGRAMMES);
                        String who = "raw" + (++serial) + "-" + System.nanoTime();
                        trainee.setString(1, "Trainee " + who);
                        trainee.setString(2, city.key().value());
                        trainee.setString(3, who + "@bench.example.org");
                        trainee.executeUpdate();
                        nomination.setLong(1, programme);
                        nomination.setLong(2, key(trainee));
                        nomination.setString(3, city.key().value());
                        nomination.executeUpdate();
                        pending.add(new Pending(
                                key(nomination), 0, programme, city.key().value()));
                    }
                }
                connection.commit();
            }
            Collections.shuffle(pending, new Random(serial));
            return () -> enrolled(workers(pending, () -> new RawEnrolment(dataSource.getConnection())));
        }

        /** Eight open programmes with room for the whole round, created by the secretariat. */
        private List<Long> programmes() throws Exception {
            try (var acting = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
                var ids = new ArrayList<Long>();
                for (int p = 0; p < PROGRAMMES; p++) {
                    ids.add(programmes.apply(ENROLMENTS / PROGRAMMES + 1));
                }
                return ids;
            }
        }

        /** Works off the pending nominations with {@value #WORKERS} threads, each taking the next; rethrows a failure. */
        private static List<Pending> workers(List<Pending> pending, Callable<Enrolment> perWorker) throws Exception {
            var queue = new ConcurrentLinkedQueue<>(pending);
            var start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    workers.add(pool.submit(() -> {
                        try (Enrolment enrolment = perWorker.call()) {
                            start.await();
                            for (Pending p = queue.poll(); p != null; p = queue.poll()) {
                                enrolment.enrol(p);
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> worker : workers) {
                    worker.get(); // rethrows what a worker threw
                }
            } finally {
                pool.shutdownNow();
            }
            return pending;
        }

        /** How many of the round are ENROLLED: all of them, or the benchmark fails. */
        private int enrolled(List<Pending> pending) {
            long enrolled = jdbc.sql(
                            "SELECT COUNT(*) FROM training_nomination WHERE id IN (:ids) AND status = 'ENROLLED'")
                    .param("ids", pending.stream().map(Pending::nomination).toList())
                    .query(Long.class)
                    .single();
            if (enrolled != pending.size()) {
                throw new IllegalStateException(enrolled + " of " + pending.size() + " enrolled");
            }
            return pending.size();
        }

        /** No programme above its capacity, whichever path enrolled. */
        void checkNoProgrammeAboveCapacity() {
            long over = jdbc.sql("""
                            SELECT COUNT(*) FROM training_programme p
                            WHERE (SELECT COUNT(*) FROM training_nomination n
                                   WHERE n.programme_id = p.id AND n.status = 'ENROLLED') > p.capacity""").query(Long.class).single();
            if (over > 0) {
                throw new IllegalStateException(over + " programmes above their capacity");
            }
        }

        private static long key(PreparedStatement statement) throws SQLException {
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A worker's way to enrol, with what it holds (a connection) until closed. */
    @FunctionalInterface
    private interface Enrolment extends AutoCloseable {
        Object enrol(Pending pending) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    /** The raw path's statements on one connection of a worker, one transaction per enrolment. */
    private static final class RawEnrolment implements Enrolment {

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

        @Override
        public Object enrol(Pending p) throws SQLException {
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
                return p;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
