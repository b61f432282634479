package org.wego.plugin.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a plugin puts into the secretariat's approvals inbox with {@link Approvals#submit}. The
 * submitter is the signed-in user; the platform checks every field and refuses the whole request with
 * an {@link InvalidInputException} naming it if one is wrong.
 *
 * @param type the name of an approval type this plugin declared with {@link
 *     PluginContributions#approvalType}, e.g. {@code notice-board.notice}
 * @param organisation the organisation the request is for; it must be in the submitter's scope
 * @param title one line the secretariat reads in the inbox (plain text, at most 200 characters)
 * @param details labelled plain-text facts shown when the request is opened, in this order (at most
 *     20, values at most 2,000 characters); may be empty. Each label is a message key of the plugin's
 *     bundles, named {@code {pluginId}.…} (e.g. {@code training.nomination.field.position}), which the
 *     inbox shows in the reader's language, as {@link ApprovalType#labelKey()}; any other label is
 *     refused
 * @param subject what the plugin uses to find its own record again when the request is decided, e.g.
 *     the id of a row of its table (at most 100 characters)
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ApprovalRequest(
        String type, OrganisationKey organisation, String title, Map<String, String> details, String subject) {

    /** Keeps the details in the order given and unchangeable. */
    public ApprovalRequest {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
