package org.wego.plugins.training;

/** How a programme is held; labelled {@code training.mode.<NAME>} in English and Korean. */
enum ProgrammeMode {
    ONLINE,
    ON_SITE,
    HYBRID
}
