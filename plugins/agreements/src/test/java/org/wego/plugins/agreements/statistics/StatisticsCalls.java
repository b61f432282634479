package org.wego.plugins.agreements.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Status;

/**
 * Calls into the running plugin with its real types, as the current user: {@code record} (a year and the
 * counterparties' keys: a signed letter of intent, answering its id) and {@code figures} (the statistics as
 * plain counts: {@code year:<y>}, {@code reported:<y>}, {@code kind:<KIND>}, {@code type:<Counterpart>},
 * {@code continent:<Continent>}, {@code total}).
 */
public class StatisticsCalls implements org.wego.plugin.testkit.InPlugin<Map<String, Function<Object[], Object>>> {

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        Agreements agreements = beans.bean(Agreements.class);
        AgreementStatistics statistics = beans.bean(AgreementStatistics.class);
        return Map.of(
                "record",
                args -> agreements.create(new AgreementInput(
                        AgreementKind.LETTER_OF_INTENT,
                        "Statistics test " + args[0],
                        null,
                        null,
                        null,
                        null,
                        (Integer) args[0],
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        List.of("en"),
                        Status.SIGNED,
                        (List<String>) args[1],
                        List.of())),
                "figures",
                args -> {
                    AgreementFigures figures = statistics.figures();
                    var counts = new HashMap<String, Long>();
                    figures.years().forEach(y -> {
                        counts.put("year:" + y.year(), y.counted());
                        if (y.reported() != null) {
                            counts.put("reported:" + y.year(), y.reported());
                        }
                    });
                    figures.byKind().forEach((k, n) -> counts.put("kind:" + k.name(), n));
                    figures.byCounterpart().forEach((k, n) -> counts.put("type:" + k.name(), n));
                    figures.byContinent().forEach((k, n) -> counts.put("continent:" + k.name(), n));
                    counts.put("total", figures.total());
                    return counts;
                });
    }
}
