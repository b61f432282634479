package org.wego.plugin.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input a service refused, with a message key so each user reads the reason in their language next
 * to the field it concerns. Thrown before anything is written, so nothing is half-saved.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class InvalidInputException extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param field the input that is wrong (a form field or column name), or {@code null} for the
     *     input as a whole
     * @param messageKey the translated message, e.g. {@code registry.error.name-too-long}
     * @param arguments the message's arguments, e.g. the limit
     */
    public InvalidInputException(@Nullable String field, String messageKey, Object... arguments) {
        super((field == null ? "" : field + ": ") + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The input that is wrong, or {@code null} for the input as a whole. */
    public @Nullable String field() {
        return field;
    }

    /** The key of the message that explains it. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The message in the reader's language. */
    public String message(Messages messages) {
        return messages.get(messageKey, arguments.toArray());
    }
}
