package org.wego.plugins.training.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;

/**
 * The seat service under load, on MariaDB: 200 nominations from 40 cities (5 each) are approved
 * through the platform's approvals inbox by 16 threads at once, on a programme of 20 seats with a quota
 * of 2 per city. Exactly 20 seats are taken, no city holds more than 2, the 180 others wait with the
 * places 1..180; then cancellations promote the first waiting entry whose city is under its quota.
 * Five times, a fresh programme each.
 */
@WegoPluginTest
class SeatsUnderLoadIT {

    private static final int CAPACITY = 20;
    private static final int QUOTA = 2;
    private static final int CITIES = 40;
    private static final int PER_CITY = 5;
    private static final int THREADS = 16;

    @RepeatedTest(5)
    void twoHundredConcurrentApprovalsFillTwentySeatsWithinTheQuotaAndTheRestWaitInOrder(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Load " + System.nanoTime(), CAPACITY, QUOTA);
        List<Organisation> cities = t.cities(null, CITIES);
        assertThat(cities).hasSize(CITIES);
        String tag = Long.toString(programme);
        List<Long> nominations = new ArrayList<>();
        for (Organisation city : cities) {
            try (var acting = t.as(Role.MEMBER_CITY, city.key())) {
                for (int i = 0; i < PER_CITY; i++) {
                    String who = "p" + tag + "-" + city.key().value() + "-" + i;
                    nominations.add((Long)
                            t.nominations("nominate", programme, t.trainee(who, city.key(), who + "@example.org")));
                }
            }
        }
        List<Long> requests =
                new ArrayList<>(nominations.stream().map(t::requestOf).toList());
        Collections.shuffle(requests);

        SignedInUser officer = t.secretariat();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> decided = new ArrayList<>();
            for (long request : requests) {
                decided.add(pool.submit(() -> t.decide(officer, request, ApprovalStatus.APPROVED)));
            }
            for (Future<?> future : decided) {
                future.get(5, TimeUnit.MINUTES); // rethrows what a decision threw
            }
        } finally {
            pool.shutdown();
        }

        List<Map<String, Object>> seats = t.seats(programme);
        assertThat(seats).hasSize(CITIES * PER_CITY);
        assertThat(enrolled(seats)).hasSize(CAPACITY);
        assertThat(enrolledByCity(seats).values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(QUOTA));
        List<Long> positions = waiting(seats).stream()
                .map(row -> ((Number) row.get("waitlist_position")).longValue())
                .sorted()
                .toList();
        assertThat(positions).hasSize(CITIES * PER_CITY - CAPACITY);
        assertThat(positions)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, positions.size())
                        .boxed()
                        .toList());

        // Cancellations free seats: each goes to the first waiting entry whose city is under its quota.
        for (int round = 0; round < 3; round++) {
            List<Map<String, Object>> now = t.seats(programme);
            Map<String, Object> cancelled = enrolled(now).get(round * 3 % CAPACITY);
            String city = (String) cancelled.get("organisation_key");
            Map<String, Long> byCity = new HashMap<>(enrolledByCity(now));
            byCity.merge(city, -1L, Long::sum);
            Map<String, Object> expected = waiting(now).stream()
                    .filter(row -> byCity.getOrDefault((String) row.get("organisation_key"), 0L) < QUOTA)
                    .findFirst()
                    .orElseThrow();
            try (var acting = t.as(Role.MEMBER_CITY, org.wego.plugin.api.OrganisationKey.of(city))) {
                t.nominations("cancel", ((Number) cancelled.get("id")).longValue());
            }
            assertThat(t.statusOf(((Number) cancelled.get("id")).longValue())).isEqualTo("CANCELLED");
            assertThat(t.statusOf(((Number) expected.get("id")).longValue())).isEqualTo("ENROLLED");
            List<Map<String, Object>> after = t.seats(programme);
            assertThat(enrolled(after)).hasSize(CAPACITY);
            assertThat(enrolledByCity(after).values())
                    .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(QUOTA));
        }
    }

    private static List<Map<String, Object>> enrolled(List<Map<String, Object>> seats) {
        return seats.stream()
                .filter(row -> "ENROLLED".equals(row.get("status")))
                .toList();
    }

    /** The waiting entries in waitlist order. */
    private static List<Map<String, Object>> waiting(List<Map<String, Object>> seats) {
        return seats.stream()
                .filter(row -> "WAITLISTED".equals(row.get("status")))
                .sorted(Comparator.comparingLong(row -> ((Number) row.get("waitlist_position")).longValue()))
                .toList();
    }

    private static Map<String, Long> enrolledByCity(List<Map<String, Object>> seats) {
        return enrolled(seats).stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("organisation_key"), Collectors.counting()));
    }
}
