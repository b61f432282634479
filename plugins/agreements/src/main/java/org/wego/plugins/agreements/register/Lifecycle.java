package org.wego.plugins.agreements.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.DateOrYear;

/**
 * The state machine of an agreement: the status of a stored stage on a day, and which moves it allows.
 * Pure: the day comes from the platform's clock, so a test fixes it.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /**
     * The status on {@code today}: a signed agreement is {@link Status#SIGNED} until its effective date (the
     * signing day when none is given), {@link Status#ACTIVE} from then, {@link Status#EXPIRED} the day after its
     * expiry; one signed in a year whose days are not recorded is active (and open-ended without an expiry).
     * Every other stage is its own status.
     */
    public static Status status(
            Status stage,
            @Nullable DateOrYear signed,
            @Nullable LocalDate effective,
            @Nullable LocalDate expiry,
            LocalDate today) {
        if (stage != Status.SIGNED) {
            return stage;
        }
        if (expiry != null && today.isAfter(expiry)) {
            return Status.EXPIRED;
        }
        LocalDate from = effective != null ? effective : signed == null ? null : signed.date();
        if (from != null && today.isBefore(from)) {
            return Status.SIGNED;
        }
        return Status.ACTIVE;
    }

    /**
     * The end of the current term on {@code today}: the stored expiry; for an agreement that renews itself every
     * {@code renewalMonths} and is past it, the stored expiry rolled forward by whole periods (counted from the
     * stored day, so month ends do not drift) to the first end on or after today. Computed when read, like the
     * status, so no job rolls it and an agreement that renews itself is never shown expired.
     */
    public static @Nullable LocalDate termEnd(
            @Nullable LocalDate expiry, boolean autoRenewal, @Nullable Integer renewalMonths, LocalDate today) {
        if (expiry == null || !autoRenewal || renewalMonths == null || renewalMonths <= 0 || !today.isAfter(expiry)) {
            return expiry;
        }
        long periods = ChronoUnit.MONTHS.between(expiry, today) / renewalMonths;
        LocalDate end = expiry.plusMonths(periods * renewalMonths);
        while (end.isBefore(today)) {
            periods++;
            end = expiry.plusMonths(periods * renewalMonths);
        }
        return end;
    }

    /** The moves an agreement in this status allows, in their order. */
    public static List<Move> movesFrom(Status status) {
        return Arrays.stream(Move.values())
                .filter(move -> move.allowedFrom(status))
                .toList();
    }

    /** Whether a new agreement may be recorded in this stage (a signed one is recorded as signed). */
    public static boolean mayStartIn(Status stage) {
        return stage == Status.DRAFT || stage == Status.UNDER_NEGOTIATION || stage == Status.SIGNED;
    }
}
