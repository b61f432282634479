package org.wego.plugins.agreements.seed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.testkit.InPlugin;
import org.wego.plugins.agreements.register.Agreements;

/**
 * Calls into the running plugin as the current user: {@code record} (the 2020 finding again, answering whether
 * it was new), {@code confirm} (the 2020 reading, answering the new agreements' ids) and {@code titles} (the
 * English titles of the agreements the user sees).
 */
public class SeedCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    @Override
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        OverviewFinding finding = beans.bean(OverviewFinding.class);
        Agreements agreements = beans.bean(Agreements.class);
        return Map.of(
                "record",
                args -> finding.record(),
                "confirm",
                args -> List.copyOf(finding.confirm()),
                "titles",
                args -> List.copyOf(agreements.list(Agreements.Filter.all(Agreements.MAX_PAGE)).stream()
                        .map(a -> String.valueOf(a.titleEn()))
                        .toList()));
    }
}
