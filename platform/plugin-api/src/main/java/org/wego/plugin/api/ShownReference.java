package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * A reference as one viewer sees it now: the record's title and link while its plugin runs and the
 * viewer may see it, else a translated "record of …, not available" text and no link.
 *
 * @param reference what was stored
 * @param text the title, or the "not available" text; plain text, show it escaped
 * @param link the route path of the record's page, or {@code null}
 * @param available whether the owning plugin found the record for this viewer
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ShownReference(
        RecordReference reference, String text, @Nullable String link, boolean available) {}
