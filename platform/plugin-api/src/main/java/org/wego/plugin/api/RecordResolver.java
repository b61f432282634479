package org.wego.plugin.api;

import java.util.Optional;

/**
 * Finds one of a plugin's records for a reference from elsewhere. Called by the platform, in the
 * caller's transaction, whenever a reference is shown: keep it to one indexed read.
 */
@FunctionalInterface
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface RecordResolver {

    /**
     * The record as the lookup's viewer may see it.
     *
     * @return its title and link, or empty when there is no such record or the viewer may not see it
     *     (both look the same to the viewer: nothing about the record is revealed)
     */
    Optional<ReferencedRecord> resolve(RecordLookup lookup);
}
