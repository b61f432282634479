package org.wego.plugins.training;

/** A trainee's gender, for reporting only; labelled {@code training.gender.<NAME>}. */
enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
