package org.wego.teststack;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core on a page, with the one list of what is left out and why. The UI tests and the plugin test
 * kit's accessibility contract both check through here, so an exclusion cannot hide in one test.
 * Every violation counts, whatever its impact: a moderate problem (content outside a landmark)
 * hurts real users too.
 */
public final class AxeChecks {

    /**
     * Parts of the page axe does not check, each with its reason. Add one only for markup the
     * project does not write and cannot change.
     */
    public static final Map<String, String> EXCLUDED = Map.of(
            "vaadin-connection-indicator",
            "Vaadin's own connection status popover, appended to <body> by the framework outside any"
                    + " landmark; it is empty until the connection is lost and then announces itself as a"
                    + " live region, so it needs no landmark");

    private AxeChecks() {}

    /** The violations axe-core finds on the page as it is now, the exclusions above left out. */
    public static List<Rule> violations(Page page) {
        return new AxeBuilder(page)
                .exclude(List.copyOf(EXCLUDED.keySet()))
                .analyze()
                .getViolations();
    }

    /** The violations as a reader wants them in a failure: rule, impact, help, and each node's markup. */
    public static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " ("
                        + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
                                        + String.valueOf(node.getFailureSummary())
                                                .replace("\n", "\n      "))
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
