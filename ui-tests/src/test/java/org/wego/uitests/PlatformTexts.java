package org.wego.uitests;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's own message bundles, read from the app jar, then those of the installed plugins (the
 * notice board, membership, training, events), read from their jars: the tests expect exactly the labels
 * translators wrote, with no copy that could drift.
 */
final class PlatformTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final java.util.List<ResourceBundle> bundles;
    private final Locale locale;

    private PlatformTexts(Locale locale) {
        this.locale = locale;
        var all = new java.util.ArrayList<ResourceBundle>();
        for (String name : platformBundles()) {
            all.add(ResourceBundle.getBundle(name, locale, PlatformTexts.class.getClassLoader(), NO_FALLBACK));
        }
        ClassLoader plugins = pluginResources();
        for (var jar : RunningPlatform.PLUGINS) {
            // wego-plugin-membership.jar carries i18n/membership_{en,ko}.properties
            String id = jar.getFileName()
                    .toString()
                    .replaceFirst("^wego-plugin-", "")
                    .replaceFirst("\\.jar$", "");
            all.add(ResourceBundle.getBundle("i18n/" + id, locale, plugins, NO_FALLBACK));
        }
        this.bundles = java.util.List.copyOf(all);
    }

    /** The platform's bundles: {@code i18n/platform} and one per feature, as the platform finds them. */
    private static java.util.List<String> platformBundles() {
        try {
            var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver(
                    PlatformTexts.class.getClassLoader());
            var names = new java.util.TreeSet<String>();
            for (var english : resolver.getResources("classpath*:i18n/*_en.properties")) {
                String file = java.util.Objects.requireNonNull(english.getFilename());
                names.add("i18n/" + file.substring(0, file.length() - "_en.properties".length()));
            }
            return java.util.List.copyOf(names);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ClassLoader pluginResources() {
        try {
            // No parent: only the plugin jars' own files.
            var jars = new java.net.URL[RunningPlatform.PLUGINS.size()];
            for (int i = 0; i < jars.length; i++) {
                jars[i] = RunningPlatform.PLUGINS.get(i).toUri().toURL();
            }
            return new java.net.URLClassLoader(jars, null);
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
