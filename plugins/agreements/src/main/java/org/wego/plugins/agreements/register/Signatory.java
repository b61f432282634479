package org.wego.plugins.agreements.register;

import org.jspecify.annotations.Nullable;

/**
 * A person who signed (or will sign) for one side.
 *
 * @param side {@code WEGO} or {@code COUNTERPART}
 * @param title the signatory's title, e.g. "Mayor of Seoul"
 */
public record Signatory(Side side, String name, @Nullable String title) {

    /** Which side a signatory signs for; shown as {@code agreements.side.<NAME>}. */
    public enum Side {
        WEGO,
        COUNTERPART
    }
}
