package org.wego.platform.organisations;

import java.util.regex.Pattern;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.NewFinding;

/** What a plugin's finding must be to fit the findings table; pure, so its unit test needs no database. */
final class PluginFindingRules {

    static final int MAX_KIND = 30;
    static final int MAX_SUBJECT = 200;
    static final int MAX_DETAIL = 1000;

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    private PluginFindingRules() {}

    /** Refuses a kind or subject the table cannot hold, naming the field. */
    static void check(NewFinding finding) {
        if (!KIND.matcher(finding.kind()).matches() || finding.kind().length() > MAX_KIND) {
            throw new InvalidInputException("kind", "findings.error.kind");
        }
        if (finding.subject().isBlank()
                || finding.subject().length() > MAX_SUBJECT
                || finding.subject().chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("subject", "findings.error.subject");
        }
    }

    /** A description longer than the column keeps its start and says it was cut. */
    static String clip(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
