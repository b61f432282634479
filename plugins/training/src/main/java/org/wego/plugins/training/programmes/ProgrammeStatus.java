package org.wego.plugins.training.programmes;

/** A programme's life; labelled {@code training.status.<NAME>} in English and Korean. */
public enum ProgrammeStatus {
    DRAFT,
    OPEN,
    CLOSED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    /** Whether a freed seat goes to the next eligible waitlist entry by itself (until the programme runs). */
    public boolean promotesAutomatically() {
        return this == DRAFT || this == OPEN || this == CLOSED;
    }
}
