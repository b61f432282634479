package org.wego.plugins.agreements.register;

/** What an agreement is; shown as {@code agreements.kind.<NAME>}. */
public enum AgreementKind {
    MOU,
    PARTNERSHIP,
    JOINT_PROGRAMME,
    LETTER_OF_INTENT
}
