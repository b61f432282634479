package org.wego.plugins.membership.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.NewFinding;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;

/**
 * Compares the members seeded from the January 2023 overview with the figures that overview reports
 * ({@link ReportedFigures}) and records each difference as a data-quality finding for the secretariat's
 * data-quality screen: the seed may have missed members, or the overview may count some twice. Seeded
 * members are the member-type organisations with no recorded join date (whatever their status now); a
 * member admitted on the platform has one. Runs as a job, without a signed-in user; each finding is
 * recorded once (the platform keeps one per kind and subject, resolved or not).
 */
@Component
@Transactional
public class ReportedFigureChecks {

    /** The finding's kind: a reported figure differs from the members seeded from the same report. */
    static final String KIND = "reported-count-differs";

    private static final int PAGE = 500;
    private static final Set<MembershipStatus> ONCE_MEMBERS =
            Set.of(MembershipStatus.MEMBER, MembershipStatus.SUSPENDED, MembershipStatus.FORMER);

    private final PluginContext platform;

    ReportedFigureChecks(PluginContext platform) {
        this.platform = platform;
    }

    /**
     * Records a finding for each reported figure the seeded members differ from.
     *
     * @return how many findings were new
     */
    public int record() {
        List<Organisation> seeded = seeded();
        int recorded = 0;
        for (NewFinding finding : findings(seeded)) {
            if (platform.dataQuality().record(finding)) {
                recorded++;
            }
        }
        return recorded;
    }

    /** The findings of these seeded members: one per reported figure they differ from; pure. */
    static List<NewFinding> findings(List<Organisation> seeded) {
        var figures = new LinkedHashMap<String, Long>();
        var counted = new LinkedHashMap<String, Long>();
        figure(figures, counted, "ALL", ReportedFigures.TOTAL, seeded, o -> true);
        for (OrganisationType type : StatisticsCalculator.TYPES) {
            figure(figures, counted, type.name(), ReportedFigures.TYPE_TOTALS.get(type), seeded, o -> o.type() == type);
        }
        figure(figures, counted, "capitals", ReportedFigures.CAPITALS, seeded, o -> isCity(o) && o.capital());
        figure(figures, counted, "other-cities", ReportedFigures.OTHER_CITIES, seeded, o -> isCity(o) && !o.capital());
        var findings = new ArrayList<NewFinding>();
        for (Map.Entry<String, Long> figure : figures.entrySet()) {
            long count = counted.get(figure.getKey());
            if (count != figure.getValue()) {
                findings.add(new NewFinding(
                        KIND,
                        "members-" + ReportedFigures.MONTH + ":" + figure.getKey(),
                        null,
                        "membership.finding.reported-count-differs." + figure.getKey(),
                        List.of(Long.toString(figure.getValue()), Long.toString(count))));
            }
        }
        return findings;
    }

    private static void figure(
            Map<String, Long> figures,
            Map<String, Long> counted,
            String key,
            long reported,
            List<Organisation> seeded,
            Predicate<Organisation> which) {
        figures.put(key, reported);
        counted.put(key, seeded.stream().filter(which).count());
    }

    private static boolean isCity(Organisation o) {
        return o.type() == OrganisationType.CITY;
    }

    private List<Organisation> seeded() {
        Map<OrganisationKey, ?> joined = platform.organisations().joinDates();
        var seeded = new ArrayList<Organisation>();
        int offset = 0;
        List<Organisation> page;
        do {
            page = platform.organisations()
                    .search(new OrganisationDirectory.Query(null, null, null, null, null, null, offset, PAGE));
            offset += page.size();
            page.stream()
                    .filter(o -> o.type().isMemberType() && ONCE_MEMBERS.contains(o.status()))
                    .filter(o -> !joined.containsKey(o.key()))
                    .forEach(seeded::add);
        } while (page.size() == PAGE);
        return seeded;
    }
}
