package org.wego.platform.plugins;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plugin cannot be loaded, migrated or started, or an administration request cannot be carried out.
 * A refusal the secretariat must act on (an unsigned jar, a reserved id) also carries the message key
 * of its reason in the platform's bundles, so the plugins screen shows it in the reader's language; the
 * message itself is the English text, for the log.
 */
public final class PluginException extends RuntimeException {

    private final @Nullable String messageKey;
    private final List<String> arguments;

    public PluginException(String message) {
        super(message);
        this.messageKey = null;
        this.arguments = List.of();
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
        this.messageKey = null;
        this.arguments = List.of();
    }

    PluginException(String englishMessage, String messageKey, List<String> arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    /** The key of the translated reason, e.g. {@code plugins.refused.unsigned}, if the refusal has one. */
    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    /** The values the translated reason shows, e.g. the jar's name. */
    public List<String> arguments() {
        return arguments;
    }
}
