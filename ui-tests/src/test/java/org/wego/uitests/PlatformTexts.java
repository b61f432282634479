package org.wego.uitests;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's own message bundles, read from the app jar: the tests expect exactly the labels
 * translators wrote, with no copy that could drift.
 */
final class PlatformTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private PlatformTexts(Locale locale) {
        this.locale = locale;
        this.bundle =
                ResourceBundle.getBundle("i18n/platform", locale, PlatformTexts.class.getClassLoader(), NO_FALLBACK);
    }

    static PlatformTexts in(Locale locale) {
        return new PlatformTexts(locale);
    }

    static PlatformTexts english() {
        return in(Locale.ENGLISH);
    }

    String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }
}
