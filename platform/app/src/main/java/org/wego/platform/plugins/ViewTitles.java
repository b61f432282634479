package org.wego.platform.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.wego.plugin.api.ui.ViewContribution;

/** The check that every contributed view names a title that both of the plugin's bundles translate. */
final class ViewTitles {

    private ViewTitles() {}

    /** What is wrong with the views' titles, one sentence per view; empty when nothing is. */
    static List<String> problems(List<ViewContribution> views, Set<String> english, Set<String> korean) {
        List<String> problems = new ArrayList<>();
        for (ViewContribution view : views) {
            String key = view.titleKey();
            if (key == null) {
                problems.add("view '" + view.path() + "' has no title: name a title key (WCAG 2.4.2, page titled)");
                continue;
            }
            List<String> missingIn = new ArrayList<>();
            if (!english.contains(key)) {
                missingIn.add("English");
            }
            if (!korean.contains(key)) {
                missingIn.add("Korean");
            }
            if (!missingIn.isEmpty()) {
                problems.add("the title key '" + key + "' of view '" + view.path() + "' is missing in the "
                        + String.join(" and the ", missingIn) + " bundle");
            }
        }
        return problems;
    }

    /** The keys of one bundle file in the plugin's jar itself (never a parent's), or none without the file. */
    static Set<String> keysOf(String resource, ClassLoader loader) {
        // A plugin's own file only: the platform's bundles must not make a plugin's missing key look present.
        var url = loader instanceof java.net.URLClassLoader own
                ? own.findResource(resource)
                : loader.getResource(resource);
        if (url == null) {
            return Set.of();
        }
        var properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return properties.stringPropertyNames();
    }
}
