package org.wego.plugins.agreements.renewal;

/** What a member proposes for an agreement, shown as {@code agreements.renewal.kind.<NAME>}. */
public enum ChangeKind {
    /** A change of its text, which the secretariat records as an amendment once accepted. */
    AMENDMENT,
    /** Its renewal: once accepted, the renewal runs and makes the successor. */
    RENEWAL
}
