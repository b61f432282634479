package org.wego.platform.approvals;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;

/**
 * What a request and a decision must look like, free of I/O: the plugin API's {@link InputRules}
 * (lengths and control characters). Markup is ordinary text here: the inbox shows every text as text,
 * so a programme titled {@code <script>} is stored and shown as typed.
 */
final class ApprovalRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SUBJECT = 100;
    static final int MAX_DETAILS = 20;
    static final int MAX_LABEL = 100;
    static final int MAX_VALUE = 2_000;
    static final int MAX_COMMENT = 1_000;
    static final int MAX_BULK = 100;

    private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z][a-z0-9-]*");
    /** A detail's label: a message key of the submitting plugin's bundles, e.g. {@code training.field.trainee}. */
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private ApprovalRules() {}

    /** Whether a type name is {@code {pluginId}.{kind}} for this plugin. */
    static boolean isTypeOf(String pluginId, String type) {
        return type.startsWith(pluginId + ".") && TYPE.matcher(type).matches();
    }

    /** @throws InvalidInputException for the first thing wrong with the request's texts */
    static void checkRequest(ApprovalRequest request) {
        text("title", request.title(), MAX_TITLE, true);
        text("subject", request.subject(), MAX_SUBJECT, true);
        if (request.details().size() > MAX_DETAILS) {
            throw new InvalidInputException("details", "approvals.error.too-many-details", MAX_DETAILS);
        }
        String plugin = request.type().substring(0, Math.max(0, request.type().indexOf('.')));
        for (Map.Entry<String, String> detail : request.details().entrySet()) {
            // A label is a message key, so each reader reads it in their own language.
            if (detail.getKey().length() > MAX_LABEL
                    || !LABEL_KEY.matcher(detail.getKey()).matches()
                    || !detail.getKey().startsWith(plugin + ".")) {
                throw new InvalidInputException("details", "approvals.error.detail-label", plugin);
            }
            text("details", detail.getValue(), MAX_VALUE, false);
        }
    }

    /**
     * The comment as stored: stripped, {@code null} when empty.
     *
     * @throws InvalidInputException if a rejection has none, or it is too long or contains markup
     */
    static @Nullable String comment(ApprovalStatus outcome, @Nullable String comment) {
        if (outcome == ApprovalStatus.PENDING) {
            throw new IllegalArgumentException("A decision approves or rejects");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            if (outcome == ApprovalStatus.REJECTED) {
                throw new InvalidInputException("comment", "approvals.error.comment-required");
            }
            return null;
        }
        text("comment", text, MAX_COMMENT, true);
        return text;
    }

    /** @param field the input's name, as {@link InvalidInputException#field()} reports it */
    private static void text(String field, String value, int max, boolean required) {
        // Several lines are allowed: plugins send addresses and notices as they were typed.
        InputField input = InputField.of(field);
        if (required) {
            InputRules.requiredMultiline(input, value, max);
        } else {
            InputRules.optionalMultiline(input, value, max);
        }
    }
}
