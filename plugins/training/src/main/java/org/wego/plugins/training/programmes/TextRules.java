package org.wego.plugins.training.programmes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;

/** The text checks every input of the plugin passes: length, no markup, no control characters, no SQL. */
public final class TextRules {

    public static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern SQL = Pattern.compile(
            "(?i)(--|/\\*|\\*/|;\\s*(drop|delete|insert|update|alter|truncate)\\b|\\bunion\\s+(all\\s+)?select\\b"
                    + "|'\\s*or\\s*'?\\d*'?\\s*=|\\bdrop\\s+table\\b)");

    private TextRules() {}

    /** The value trimmed; refused when blank. */
    public static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max, false);
        if (text == null) {
            throw new InvalidInputException(field, "training.invalid.required");
        }
        return text;
    }

    /** The value trimmed, null when blank; refused when too long, with markup, control characters or SQL. */
    public static @Nullable String optional(String field, @Nullable String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "training.invalid.too-long", max);
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            throw new InvalidInputException(field, "training.invalid.markup");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new InvalidInputException(field, "training.invalid.control");
            }
        }
        if (SQL.matcher(text).find()) {
            throw new InvalidInputException(field, "training.invalid.sql");
        }
        return text;
    }

    /** An ISO 639 language code, lower case; refused when blank or unknown. */
    public static String language(String field, @Nullable String value) {
        String code = required(field, value, 8).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new InvalidInputException(field, "training.invalid.language");
        }
        return code;
    }

    /** An e-mail address, lower case; refused when blank or not an address. */
    public static String email(String field, @Nullable String value) {
        String email = required(field, value, MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "training.invalid.email");
        }
        return email;
    }
}
