package org.wego.plugin.api;

import java.util.List;

/**
 * A request or decision the approvals inbox refuses for a reason other than bad input (that is an
 * {@link InvalidInputException}): a type the plugin did not declare, a request someone else decided
 * first, a plugin that is not running or whose handler refused the decision. Nothing of the refused action is kept.
 * The message is English for logs; show users {@link #messageKey()} with {@link #arguments()}, which
 * every platform bundle translates (through {@link PluginContext#messages}).
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class ApprovalException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param messageKey the platform's message key, e.g. {@code approvals.error.comment-required}
     * @param message the explanation in English
     * @param arguments the values the translated message shows, in order
     */
    public ApprovalException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The message key of the explanation. */
    public String messageKey() {
        return messageKey;
    }

    /** The values of the explanation's placeholders, in order. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
