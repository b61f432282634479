package org.wego.platform.users;

import java.util.List;

/**
 * One thing wrong with what the user entered, shown next to its field.
 *
 * @param field the input's name, e.g. {@code email}
 * @param messageKey the translated message's key
 * @param arguments its MessageFormat arguments
 */
public record InputProblem(String field, String messageKey, List<Object> arguments) {

    public InputProblem {
        arguments = List.copyOf(arguments);
    }

    InputProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
