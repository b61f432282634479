package org.wego.plugins.membership.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.testkit.InPlugin;
import org.wego.teststack.Bench;

/**
 * The member directory's queries of {@link MembersBenchIT}, run inside the plugin (the kit's {@link InPlugin}):
 * typed calls of {@link MemberDirectory}, so a changed signature breaks the benchmark's compilation instead of
 * its run. Each call takes the next of its queries, in step with the raw SQL of the same name.
 */
class DirectoryBenchCalls implements InPlugin<Map<String, Callable<Object>>> {

    /** Three letters typed: each starts about 1 name in 300 to 600 (a first syllable, then the next one's letter). */
    static final String[] PREFIXES = {"Kar", "San", "Lot", "Mel", "Nis", "Bor", "Tar", "Rim", "Mud", "Veg"};

    static final int PAGE = 50;

    /** A grid page 10,000 rows deep; 100 in the smoke run's few hundred organisations. */
    static int deepOffset() {
        return Bench.size(10_000, 100);
    }

    @Override
    public Map<String, Callable<Object>> run(Beans beans) {
        MemberDirectory directory = beans.bean(MemberDirectory.class);
        List<DirectoryQuery> searches = new ArrayList<>();
        for (String prefix : PREFIXES) {
            searches.add(
                    query(prefix, DirectoryQuery.TextMatch.PREFIX, OrganisationType.CITY, Continent.ASIA, null, null));
        }
        DirectoryQuery members = DirectoryQuery.members();
        DirectoryQuery focus = query(null, DirectoryQuery.TextMatch.CONTAINS, null, null, "KR", "mobility");
        DirectoryQuery contains = query("ika", DirectoryQuery.TextMatch.CONTAINS, null, null, null, null);
        int[] search = {0};
        int[] page = {0};
        return Map.of(
                "search",
                () -> directory.search(searches.get(search[0]++ % searches.size()), 0, PAGE, Locale.ENGLISH),
                "page",
                () -> directory.entries(members, deepOffset() + page[0]++ % 10 * PAGE, PAGE, Locale.KOREAN),
                "count",
                () -> directory.count(members),
                "focus-count",
                () -> directory.count(focus),
                "contains-page",
                () -> directory.entries(contains, 0, PAGE, Locale.ENGLISH));
    }

    private static DirectoryQuery query(
            String text,
            DirectoryQuery.TextMatch match,
            OrganisationType type,
            Continent continent,
            String country,
            String focus) {
        return new DirectoryQuery(
                text, match, type, continent, country, null, null, focus, null, DirectorySort.NAME, false);
    }
}
