package org.wego.plugins.training;

/** Where a nomination stands; labelled {@code training.nomination.status.<NAME>} in English and Korean. */
enum NominationStatus {
    PENDING,
    ENROLLED,
    WAITLISTED,
    REJECTED,
    CANCELLED
}
