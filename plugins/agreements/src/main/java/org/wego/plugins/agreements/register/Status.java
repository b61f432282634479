package org.wego.plugins.agreements.register;

/**
 * Where an agreement stands, shown as {@code agreements.status.<NAME>}. {@link #ACTIVE} and {@link #EXPIRED}
 * are never stored: a signed agreement is active from its effective date and expired after its expiry,
 * computed from the dates whenever it is read ({@link Lifecycle#status}), so no job has to move it and a
 * restart never leaves one stale. "Expiring" is a view of the deadlines, not a status.
 */
public enum Status {
    DRAFT,
    UNDER_NEGOTIATION,
    SIGNED,
    ACTIVE,
    EXPIRED,
    TERMINATED,
    RENEWED;

    /** Whether the register stores this status (the others follow from the dates). */
    public boolean stored() {
        return this != ACTIVE && this != EXPIRED;
    }
}
