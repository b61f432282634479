package org.wego.plugins.membership.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.membership.MembershipPlugin;

/**
 * The membership statistics, for every signed-in role (numbers only, no private data): computed from
 * the registry each time, beside the figures reported in January 2023. The REST endpoint {@code
 * /api/v1/members/statistics} calls {@link #statistics(Locale)}; the dashboard {@code
 * membership/statistics} shows it and exports it as CSV ({@link #csv(Locale)}).
 */
@Component
@Transactional(readOnly = true)
public class MembershipStatistics {

    private static final int PAGE = 500;

    private final PluginContext platform;
    private final ObjectProvider<ApplicationCounts> applications;

    MembershipStatistics(PluginContext platform, ObjectProvider<ApplicationCounts> applications) {
        this.platform = platform;
        this.applications = applications;
    }

    /**
     * The statistics as of today, labelled in a language.
     *
     * @throws PermissionDeniedException for anonymous callers or a user without the statistics permission
     */
    public Statistics statistics(Locale locale) {
        requireReader();
        var registry = new ArrayList<Organisation>();
        List<Organisation> page;
        do {
            page = platform.organisations()
                    .search(new OrganisationDirectory.Query(null, null, null, null, null, null, registry.size(), PAGE));
            registry.addAll(page);
        } while (page.size() == PAGE);
        ApplicationCounts counts = applications.getIfAvailable();
        return StatisticsCalculator.compute(
                registry,
                platform.organisations().joinDates(),
                LocalDate.now(platform.clock()),
                platform.messages(locale),
                counts == null ? null : counts.byStatus(locale));
    }

    /** The statistics as one CSV file (UTF-8 with a BOM), a table after another, headers in the language. */
    public String csv(Locale locale) {
        return StatisticsCsv.write(statistics(locale), platform.messages(locale));
    }

    private SignedInUser requireReader() {
        SignedInUser user = platform.requireUser();
        if (!platform.permissions().isAllowed(user, MembershipPlugin.STATISTICS)) {
            throw new PermissionDeniedException(MembershipPlugin.STATISTICS);
        }
        return user;
    }
}
