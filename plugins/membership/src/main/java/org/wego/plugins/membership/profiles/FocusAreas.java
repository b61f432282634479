package org.wego.plugins.membership.profiles;

import java.util.Locale;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.TopicChoices;

/**
 * A member's focus areas are the platform's managed topics, chosen, checked and shown by the plugin
 * API's {@link TopicChoices} and {@code ui.TopicsField} like every record tagged with topics. What stays
 * here is membership's own: the profile's input, and the names of the fixed list membership used before.
 */
public final class FocusAreas {

    /** The profile's input of focus areas, as the service refuses it and the form binds it. */
    public static final InputField INPUT = InputField.of("focusAreas");

    private FocusAreas() {}

    /**
     * The topic code a client names, accepting the names of the fixed list membership used before
     * the managed topics ({@code DIGITAL_INCLUSION} for {@code digital-inclusion}), which the REST
     * API's callers may still send.
     */
    public static String code(String given) {
        String text = given.strip();
        return text.matches("[A-Z][A-Z_]*") ? text.toLowerCase(Locale.ROOT).replace('_', '-') : text;
    }
}
