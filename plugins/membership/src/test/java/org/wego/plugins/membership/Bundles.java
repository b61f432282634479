package org.wego.plugins.membership;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import org.wego.plugin.api.Messages;

/**
 * The plugin's bundle over the platform's (its own keys and the shared {@code history.*} wording), as
 * the platform resolves a plugin's keys: for unit tests that check the real texts in both languages.
 */
public final class Bundles {

    private Bundles() {}

    /** The texts of one language; a missing key fails the test. */
    public static Messages of(Locale locale) {
        var properties = new Properties();
        String language = locale.getLanguage();
        load(properties, "i18n/platform_" + language + ".properties");
        load(properties, "i18n/history_" + language + ".properties");
        load(properties, "i18n/membership_" + language + ".properties");
        return new Messages() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String get(String key, Object... arguments) {
                String text = properties.getProperty(key);
                if (text == null) {
                    throw new MissingResourceException(key, "bundle", key);
                }
                return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
            }
        };
    }

    private static void load(Properties properties, String resource) {
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
