package org.wego.plugin.api;

/**
 * A kind of request a plugin submits to the approvals inbox, declared with {@link
 * PluginContributions#approvalType}. Requests of a type no running plugin declares are refused; those
 * already pending stay in the inbox, but cannot be decided until the plugin runs again.
 *
 * @param name {@code {pluginId}.{kind}}, the kind in lower-case letters, digits and hyphens, e.g.
 *     {@code notice-board.notice}
 * @param labelKey the message key of the type's name as the secretariat reads it, in every bundle
 * @param handler called when the secretariat decides a request of this type
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ApprovalType(String name, String labelKey, ApprovalHandler handler) {

    /** @throws IllegalArgumentException if the label key is blank */
    public ApprovalType {
        if (labelKey.isBlank()) {
            throw new IllegalArgumentException("An approval type needs a label key");
        }
    }
}
