package org.wego.plugins.agreements.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One deadline of a live agreement.
 *
 * @param kind the notice deadline or the expiry
 * @param date the day
 * @param term the agreement it belongs to
 */
record Deadline(Kind kind, LocalDate date, Term term) {

    /** Which deadline: shown as {@code agreements.due.kind.<NAME>}. */
    enum Kind {
        /** The last day a party may give notice (the expiry less the notice period). */
        NOTICE,
        /** The day the agreement ends. */
        EXPIRY
    }

    /** Soonest first; on the same day the notice deadline before the expiry, then by agreement. */
    static final Comparator<Deadline> SOONEST_FIRST = Comparator.comparing(Deadline::date)
            .thenComparing(Deadline::kind)
            .thenComparingLong(d -> d.term().id());

    /** Days from {@code today} to the deadline (0 on its day). */
    long daysFrom(java.time.LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /**
     * The deadlines of the kinds asked for, from {@code from} to {@code until} (both inclusive), of the agreements
     * live on {@code from}, soonest first. Pure: the reminders, the due view and the feed all come through here.
     */
    static List<Deadline> between(List<Term> terms, List<Kind> kinds, LocalDate from, LocalDate until) {
        var found = new ArrayList<Deadline>();
        for (Term term : terms) {
            if (!term.liveOn(from)) {
                continue;
            }
            if (kinds.contains(Kind.NOTICE)) {
                var notice = term.noticeDeadline();
                if (notice != null && !notice.isBefore(from) && !notice.isAfter(until)) {
                    found.add(new Deadline(Kind.NOTICE, notice, term));
                }
            }
            if (kinds.contains(Kind.EXPIRY)
                    && term.expiry() != null
                    && !term.expiry().isAfter(until)) {
                found.add(new Deadline(Kind.EXPIRY, term.expiry(), term));
            }
        }
        found.sort(SOONEST_FIRST);
        return found;
    }
}
