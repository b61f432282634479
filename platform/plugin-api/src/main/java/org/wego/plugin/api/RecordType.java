package org.wego.plugin.api;

/**
 * A kind of record a plugin offers to other plugins as {@link RecordReference}s, declared with
 * {@link PluginContributions#recordType}. The platform asks its resolver for a record's title while
 * the plugin runs; when the plugin is stopped or uninstalled, references to it show as "record of
 * X (not available)" without asking anyone, X being the label last seen or else the plugin's id.
 *
 * @param name the type within the plugin, lower-case letters, digits and hyphens, e.g. {@code
 *     programme}; references read {@code pluginId:name:id}
 * @param labelKey the message key of what one record is called ("training programme"), in this
 *     plugin's bundle
 * @param resolver finds one record as a viewer may see it
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record RecordType(String name, String labelKey, RecordResolver resolver) {}
