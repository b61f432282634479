package org.wego.plugins.training.programmes;

/** How a programme is held; labelled {@code training.mode.<NAME>} in English and Korean. */
public enum ProgrammeMode {
    ONLINE,
    ON_SITE,
    HYBRID
}
