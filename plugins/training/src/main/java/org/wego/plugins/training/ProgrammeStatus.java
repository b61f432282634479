package org.wego.plugins.training;

/** A programme's life; labelled {@code training.status.<NAME>} in English and Korean. */
enum ProgrammeStatus {
    DRAFT,
    OPEN,
    CLOSED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    /** Whether a freed seat goes to the next eligible waitlist entry by itself (until the programme runs). */
    boolean promotesAutomatically() {
        return this == DRAFT || this == OPEN || this == CLOSED;
    }
}
