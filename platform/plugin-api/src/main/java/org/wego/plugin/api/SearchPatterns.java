package org.wego.plugin.api;

/**
 * LIKE patterns for what users type into a search box, bound as parameters ({@code name LIKE :text}): the
 * text is matched as typed, so "50%", "under_score" and a backslash are ordinary characters, not wildcards.
 * MariaDB's default escape character (the backslash) is used; no {@code ESCAPE} clause is needed.
 *
 * <pre>{@code
 * jdbc.sql("SELECT ... WHERE title_en LIKE :text").param("text", SearchPatterns.containing(typed))
 * }</pre>
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public final class SearchPatterns {

    private SearchPatterns() {}

    /** The text with LIKE's special characters ({@code \ % _}) escaped. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches the text anywhere: {@code %text%}, escaped. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /** Matches values starting with the text: {@code text%}, escaped. */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }
}
