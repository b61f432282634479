package org.wego.plugin.api;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RecordResolver} is asked: one record, for one viewer, in one language. New fields
 * may come in minor versions, which is why resolvers take this rather than parameters.
 *
 * @param id the record's id, as stored in its {@link RecordReference}
 * @param viewer who will see the title, or {@code null} for an anonymous visitor
 * @param locale the language of the title
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record RecordLookup(String id, @Nullable SignedInUser viewer, Locale locale) {

    /** The viewer, if one is signed in. */
    public Optional<SignedInUser> optionalViewer() {
        return Optional.ofNullable(viewer);
    }
}
