package org.wego.plugin.api;

import java.util.regex.Pattern;

/** The rules for plugin ids, and the names derived from them. */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class PluginIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private PluginIds() {}

    /** Whether an id is kebab-case: lower-case letters and digits in words joined by single hyphens. */
    public static boolean isValid(String id) {
        return ID.matcher(id).matches() && id.length() <= 40;
    }

    /** The table prefix of a plugin: snake_case id and an underscore ({@code feasibility-studies} → {@code feasibility_studies_}). */
    public static String tablePrefix(String id) {
        return id.replace('-', '_') + "_";
    }
}
