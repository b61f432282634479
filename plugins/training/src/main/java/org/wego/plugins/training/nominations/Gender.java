package org.wego.plugins.training.nominations;

/** A trainee's gender, for reporting only; labelled {@code training.gender.<NAME>}. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
