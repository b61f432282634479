package org.wego.platform.topics;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;

/** What a topic's code and names must be: pure, so the unit test needs no database. */
final class TopicRules {

    static final int MAX_CODE = 40;
    static final int MAX_NAME = 100;

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private TopicRules() {}

    /** A new topic's code: lower-case letters, digits and single hyphens ({@code smart-mobility}). */
    static String code(@Nullable String value) {
        String code = value == null ? "" : value.strip();
        if (!CODE.matcher(code).matches() || code.length() > MAX_CODE) {
            throw new InvalidInputException("code", "topics.error.code", MAX_CODE);
        }
        return code;
    }

    /** A name: required, at most {@link #MAX_NAME} characters, no control characters; any other text passes. */
    static String name(String field, @Nullable String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException(field, "topics.error.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException(field, "topics.error.name-too-long", MAX_NAME);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "topics.error.name-control");
        }
        return name;
    }
}
