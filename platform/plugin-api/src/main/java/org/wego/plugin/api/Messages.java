package org.wego.plugin.api;

import java.util.Locale;

/**
 * Translated texts for one language. Keys missing from a bundle are a build error (a test checks
 * every bundle for every key), so a lookup never falls back silently.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public interface Messages {

    /** The language these messages are in. */
    Locale locale();

    /**
     * The text for the key, with {@link java.text.MessageFormat} arguments filled in.
     *
     * @throws java.util.MissingResourceException if no bundle has the key
     */
    String get(String key, Object... arguments);
}
