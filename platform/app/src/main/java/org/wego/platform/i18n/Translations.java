package org.wego.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.Messages;

/**
 * Every translated text of the platform, looked up in the platform's bundle and in the bundles
 * plugins add. A key missing everywhere shows as {@code !key!} and is logged; a unit test keeps the
 * platform's bundles complete in both languages so that never reaches users.
 */
@Component
public class Translations implements I18NProvider {

    /** The languages the platform speaks; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    /**
     * The platform's own bundles: {@code i18n/platform} first, then one per feature ({@code
     * i18n/approvals}, …), each an {@code _en} and a {@code _ko} file, found on the platform's class
     * path so a feature adds its texts without touching the others'.
     */
    static final List<String> PLATFORM_BUNDLES = platformBundles();

    private static final String PLATFORM_BUNDLE = "i18n/platform";

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<Bundle> bundles = new CopyOnWriteArrayList<>(PLATFORM_BUNDLES.stream()
            .map(name -> new Bundle(name, Translations.class.getClassLoader()))
            .toList());

    /** Adds a bundle, e.g. a plugin's, looked up after those added before it. */
    public void addBundle(String baseName, ClassLoader loader) {
        bundles.add(new Bundle(baseName, loader));
    }

    /**
     * Removes the bundles loaded through a class loader (a plugin going away), and Java's cached copies
     * of them, which would otherwise keep the plugin's class loader alive.
     */
    public void removeBundles(ClassLoader loader) {
        bundles.removeIf(bundle -> bundle.loader() == loader);
        ResourceBundle.clearCache(loader);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        for (Bundle bundle : bundles) {
            try {
                var resources = ResourceBundle.getBundle(bundle.baseName(), language, bundle.loader(), NO_FALLBACK);
                if (resources.containsKey(key)) {
                    return params.length == 0
                            ? resources.getString(key)
                            : new MessageFormat(resources.getString(key), language).format(params);
                }
            } catch (MissingResourceException e) {
                LOG.warn("Bundle {} has no {} file", bundle.baseName(), language);
            }
        }
        LOG.warn("No translation of '{}' in {}", key, language);
        return "!" + key + "!";
    }

    /** The supported language closest to the one asked for: Korean for any Korean locale, else English. */
    public Locale supported(Locale requested) {
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(LANGUAGES.getFirst());
    }

    /** The texts in one language, as plugins receive them. */
    public Messages messages(Locale locale) {
        Locale language = supported(locale);
        return new Messages() {
            @Override
            public Locale locale() {
                return language;
            }

            @Override
            public String get(String key, Object... arguments) {
                return getTranslation(key, language, arguments);
            }
        };
    }

    private static List<String> platformBundles() {
        try {
            var resolver = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader());
            var names = new TreeSet<String>();
            for (Resource english : resolver.getResources("classpath*:i18n/*_en.properties")) {
                String file = Objects.requireNonNull(english.getFilename());
                names.add("i18n/" + file.substring(0, file.length() - "_en.properties".length()));
            }
            names.remove(PLATFORM_BUNDLE);
            var ordered = new ArrayList<String>();
            ordered.add(PLATFORM_BUNDLE);
            ordered.addAll(names);
            return List.copyOf(ordered);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the platform's message bundles", e);
        }
    }

    private record Bundle(String baseName, ClassLoader loader) {}
}
