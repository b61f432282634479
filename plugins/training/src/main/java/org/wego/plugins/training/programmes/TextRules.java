package org.wego.plugins.training.programmes;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;

/**
 * The plugin's text checks: the plugin API's {@link InputRules} (length, control characters, e-mail;
 * markup and SQL-looking text are ordinary text, stored as typed and escaped where shown), plus the
 * training-only language code.
 */
public final class TextRules {

    public static final int MAX_NAME = InputRules.MAX_NAME;
    static final int MAX_EMAIL = InputRules.MAX_EMAIL;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private TextRules() {}

    /** The value trimmed; refused when blank. */
    public static String required(InputField field, @Nullable String value, int max) {
        return InputRules.required(field, value, max);
    }

    /** The value trimmed, null when blank; refused when too long or with control characters. */
    public static @Nullable String optional(InputField field, @Nullable String value, int max, boolean multiline) {
        return multiline ? InputRules.optionalMultiline(field, value, max) : InputRules.optional(field, value, max);
    }

    /** An ISO 639 language code, lower case; refused when blank or unknown. */
    public static String language(InputField field, @Nullable String value) {
        String code = required(field, value, 8).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw InvalidInputException.of(field, "training.invalid.language");
        }
        return code;
    }

    /** An e-mail address, lower case; refused when blank or not an address ({@link InputRules#email}). */
    public static String email(InputField field, @Nullable String value) {
        return InputRules.email(field, value);
    }
}
