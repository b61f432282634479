package org.wego.plugin.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input a service refused, with a message key so each user reads the reason in their language next
 * to the field it concerns. Thrown before anything is written, so nothing is half-saved.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class InvalidInputException extends RuntimeException {

    private final @Nullable InputField input;
    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param field the input that is wrong (a form field or column name), or {@code null} for the
     *     input as a whole
     * @param messageKey the translated message, e.g. {@code registry.error.name-too-long}
     * @param arguments the message's arguments, e.g. the limit
     */
    public InvalidInputException(@Nullable String field, String messageKey, Object... arguments) {
        this(field == null || field.isBlank() ? null : InputField.of(field), messageKey, List.of(arguments));
    }

    private InvalidInputException(@Nullable InputField input, String messageKey, List<Object> arguments) {
        super((input == null ? "" : input.name() + ": ") + messageKey);
        this.input = input;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * A refusal of one input, which a form shows next to the component bound to the same field.
     *
     * @param input the input that is wrong
     * @param messageKey the translated message, e.g. {@code input.invalid.too-long}
     * @param arguments the message's arguments, e.g. the limit
     */
    public static InvalidInputException of(InputField input, String messageKey, Object... arguments) {
        return new InvalidInputException(input, messageKey, List.of(arguments));
    }

    /** The name of the input that is wrong, or {@code null} for the input as a whole. */
    public @Nullable String field() {
        return input == null ? null : input.name();
    }

    /** The input that is wrong, or {@code null} for the input as a whole. */
    public @Nullable InputField input() {
        return input;
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
