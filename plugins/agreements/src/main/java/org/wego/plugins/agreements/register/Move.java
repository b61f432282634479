package org.wego.plugins.agreements.register;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of an agreement's life, each named, from the statuses it may start in to the status it leaves
 * behind; shown as {@code agreements.move.<NAME>}. Anything not listed here is refused.
 */
public enum Move {
    /** Talks start on a draft. */
    NEGOTIATE(EnumSet.of(Status.DRAFT), Status.UNDER_NEGOTIATION),
    /** Talks go back to a draft (a new text is prepared). */
    REDRAFT(EnumSet.of(Status.UNDER_NEGOTIATION), Status.DRAFT),
    /** The parties sign (from a draft when it was signed as drafted). */
    SIGN(EnumSet.of(Status.DRAFT, Status.UNDER_NEGOTIATION), Status.SIGNED),
    /** A party ends it early, by a termination notice with its date. */
    TERMINATE(EnumSet.of(Status.SIGNED, Status.ACTIVE), Status.TERMINATED),
    /** A successor takes its place (made by the renewal, linked both ways). */
    RENEW(EnumSet.of(Status.SIGNED, Status.ACTIVE, Status.EXPIRED), Status.RENEWED);

    private final Set<Status> from;
    private final Status to;

    Move(Set<Status> from, Status to) {
        this.from = from;
        this.to = to;
    }

    /** Whether this move may start in the status. */
    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    /** The stored status the move leaves. */
    public Status to() {
        return to;
    }
}
