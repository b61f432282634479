package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * A record found for a reference, as a resolver returns it.
 *
 * @param title its title in the asked language, as plain text (shown escaped)
 * @param link the route path of its page (e.g. {@code training/programmes/42}), or {@code null} if
 *     it has none the viewer may open
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ReferencedRecord(String title, @Nullable String link) {

    /** A record with a title and no page. */
    public static ReferencedRecord titled(String title) {
        return new ReferencedRecord(title, null);
    }
}
