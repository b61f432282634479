package org.wego.plugins.training.nominations;

/** Where a nomination stands; labelled {@code training.nomination.status.<NAME>} in English and Korean. */
public enum NominationStatus {
    PENDING,
    ENROLLED,
    WAITLISTED,
    REJECTED,
    CANCELLED
}
