package org.wego.uitests;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's own message bundles, read from the app jar, then those of the installed plugin (the
 * notice board), read from its jar: the tests expect exactly the labels translators wrote, with no
 * copy that could drift.
 */
final class PlatformTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final java.util.List<ResourceBundle> bundles;
    private final Locale locale;

    private PlatformTexts(Locale locale) {
        this.locale = locale;
        this.bundles = java.util.List.of(
                ResourceBundle.getBundle("i18n/platform", locale, PlatformTexts.class.getClassLoader(), NO_FALLBACK),
                ResourceBundle.getBundle("i18n/notice-board", locale, pluginResources(), NO_FALLBACK));
    }

    private static ClassLoader pluginResources() {
        try {
            // No parent: only the plugin jar's own files.
            return new java.net.URLClassLoader(
                    new java.net.URL[] {RunningPlatform.NOTICE_BOARD.toUri().toURL()}, null);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static PlatformTexts in(Locale locale) {
        return new PlatformTexts(locale);
    }

    static PlatformTexts english() {
        return in(Locale.ENGLISH);
    }

    String get(String key, Object... arguments) {
        String text = bundles.stream()
                .filter(bundle -> bundle.containsKey(key))
                .map(bundle -> bundle.getString(key))
                .findFirst()
                .orElseThrow(() -> new java.util.MissingResourceException("No text " + key, "", key));
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }
}
