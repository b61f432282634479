package org.wego.plugins.training.nominations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seat rules (pure, no I/O): a nomination takes a seat only while the programme has one free AND
 * its organisation holds fewer seats than the quota; otherwise it waits. A freed seat goes to the
 * first waitlist entry, in waitlist order, whose organisation is under its quota.
 */
final class SeatRules {

    private SeatRules() {}

    /** A waitlist entry: the nomination, its organisation and its place. */
    record Waiting(long nominationId, String organisation, long position) {}

    /** Whether an approved nomination takes a seat now (true) or joins the waitlist (false). */
    static boolean takesSeat(int capacity, int quota, int enrolled, int enrolledOfOrganisation) {
        return enrolled < capacity && enrolledOfOrganisation < quota;
    }

    /**
     * The waitlist entry that takes a free seat, if any.
     *
     * @param waitlist the entries in waitlist order
     * @param enrolledByOrganisation seats held per organisation key (absent means none)
     */
    static Optional<Waiting> nextToPromote(
            int capacity,
            int quota,
            int enrolled,
            List<Waiting> waitlist,
            Map<String, Integer> enrolledByOrganisation) {
        if (enrolled >= capacity) {
            return Optional.empty();
        }
        return waitlist.stream()
                .filter(w -> enrolledByOrganisation.getOrDefault(w.organisation(), 0) < quota)
                .findFirst();
    }
}
