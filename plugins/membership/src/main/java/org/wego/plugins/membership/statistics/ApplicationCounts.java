package org.wego.plugins.membership.statistics;

import java.util.List;
import java.util.Locale;

/**
 * The hook for the applications feature: membership applications counted by status. The statistics
 * show the section "applications by status" only when a bean of this type exists in the plugin (the
 * applications feature provides it); without one, {@link Statistics#applications()} is {@code null}.
 */
public interface ApplicationCounts {

    /**
     * Applications per status, in the order to show them.
     *
     * @param locale the language of the labels
     */
    List<Count> byStatus(Locale locale);

    /**
     * One status and how many applications have it.
     *
     * @param status the status's stable key, e.g. {@code SUBMITTED}
     * @param label the status in the requested language
     * @param count how many applications have it today
     */
    record Count(String status, String label, long count) {}
}
