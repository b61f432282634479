package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Stability;

/**
 * One wording and one style for a reported figure shown beside counted ones (a total from a report
 * written before the platform, the figures of an overview of January 2023): every plugin labels such
 * rows "reported, 2023-01" or "reported, before the platform" with the platform's keys and marks the
 * row the same way, so readers never take a reported figure for a counted one.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class HistoryRows {

    /** The platform's key of the label with a month: "reported, {0}" ({0} is {@code yyyy-MM}). */
    public static final String REPORTED_IN_KEY = "history.reported.in";

    /** The platform's key of the label without a date: "reported, before the platform". */
    public static final String REPORTED_BEFORE_KEY = "history.reported.before-platform";

    /** The CSS class of a reported row or cell; the platform's style sheet mutes it and marks it. */
    public static final String CSS_CLASS = "wego-history-row";

    private HistoryRows() {}

    /**
     * The label of reported figures in the component's language.
     *
     * @param in the month of the report, or {@code null} for "before the platform"
     */
    public static String label(Component where, @Nullable YearMonth in) {
        return in == null
                ? where.getTranslation(REPORTED_BEFORE_KEY)
                : where.getTranslation(REPORTED_IN_KEY, in.format(DateTimeFormatter.ofPattern("yyyy-MM")));
    }

    /**
     * The label of reported figures in a language, for services that build figures without a
     * component (a statistics calculator, a CSV export).
     *
     * @param in the month of the report, or {@code null} for "before the platform"
     */
    public static String label(Messages messages, @Nullable YearMonth in) {
        return in == null
                ? messages.get(REPORTED_BEFORE_KEY)
                : messages.get(REPORTED_IN_KEY, in.format(DateTimeFormatter.ofPattern("yyyy-MM")));
    }

    /** Marks a row, cell or chart legend as reported rather than counted. */
    public static <T extends HasStyle> T mark(T reported) {
        reported.addClassName(CSS_CLASS);
        reported.getStyle().set("color", "var(--lumo-secondary-text-color)");
        reported.getStyle().set("font-style", "italic");
        return reported;
    }
}
