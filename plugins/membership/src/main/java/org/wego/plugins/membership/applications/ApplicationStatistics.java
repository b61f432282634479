package org.wego.plugins.membership.applications;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;
import org.wego.plugins.membership.statistics.ApplicationCounts;

/**
 * Wires the applications feature into the statistics: membership applications by status, every
 * status with its count (zeros included), labelled in the requested language. Counts only.
 */
@Component
class ApplicationStatistics implements ApplicationCounts {

    private final MembershipApplications applications;
    private final PluginContext platform;

    ApplicationStatistics(MembershipApplications applications, PluginContext platform) {
        this.applications = applications;
        this.platform = platform;
    }

    @Override
    public List<Count> byStatus(Locale locale) {
        Messages messages = platform.messages(locale);
        return applications.countByStatus().entrySet().stream()
                .map(e -> new Count(e.getKey().name(), messages.get(e.getKey().labelKey()), e.getValue()))
                .toList();
    }
}
