package org.wego.plugin.api;

import java.util.regex.Pattern;

/**
 * A pointer to one record of some plugin, e.g. {@code training:programme:42}: what a plugin stores
 * (as {@link #value()}, a short string) to refer to another plugin's record without a compile-time
 * dependency on it. Show it with {@link RecordReferences#show}, which gives the record's title while
 * the owning plugin runs and a plain "record of …, not available" text when it does not.
 *
 * @param pluginId the owning plugin's id, e.g. {@code training}
 * @param type the kind of record within that plugin, as it declared it with {@link RecordType},
 *     e.g. {@code programme}
 * @param id the record's id within its type, as the owning plugin chose it (no line breaks)
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record RecordReference(String pluginId, String type, String id) {

    /** Longest stored form, in characters: a column of {@code varchar(200)} holds every reference. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*");

    /** Refuses a reference that could not be stored and read back as the same reference. */
    public RecordReference {
        if (!PluginIds.isValid(pluginId)) {
            throw new IllegalArgumentException("not a plugin id: " + pluginId);
        }
        if (!isValidType(type)) {
            throw new IllegalArgumentException("a record type is lower-case letters, digits and hyphens: " + type);
        }
        if (id.isBlank() || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a record id is not blank and has no control characters");
        }
        if (pluginId.length() + type.length() + id.length() + 2 > MAX_LENGTH) {
            throw new IllegalArgumentException("a reference is at most " + MAX_LENGTH + " characters");
        }
    }

    /** A reference to a record of a plugin, with a numeric id. */
    public static RecordReference of(String pluginId, String type, long id) {
        return new RecordReference(pluginId, type, Long.toString(id));
    }

    /**
     * Reads a stored reference back.
     *
     * @throws IllegalArgumentException if the text is not {@code pluginId:type:id}
     */
    public static RecordReference parse(String value) {
        String[] parts = value.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a record reference reads pluginId:type:id, not " + value);
        }
        return new RecordReference(parts[0], parts[1], parts[2]);
    }

    /** Whether a record type's name is valid: lower-case letters, digits and hyphens. */
    public static boolean isValidType(String type) {
        return TYPE.matcher(type).matches() && type.length() <= 40;
    }

    /** The stored form, {@code pluginId:type:id}; {@link #parse} reads it back. */
    public String value() {
        return pluginId + ":" + type + ":" + id;
    }

    @Override
    public String toString() {
        return value();
    }
}
