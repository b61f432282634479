package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.testkit.InPlugin;

/**
 * The enrolment benchmark's programmes, made inside the plugin (the kit's {@link InPlugin}) through {@link
 * Programmes#create} with its real types: an open programme starting in two months with a capacity (and the
 * same quota per city) as the current user, answering its id.
 */
public class ProgrammeBenchCalls implements InPlugin<IntFunction<Long>> {

    @Override
    public IntFunction<Long> run(Beans beans) {
        Programmes programmes = beans.bean(Programmes.class);
        var serial = new AtomicInteger();
        return capacity -> {
            String title = "Bench " + serial.incrementAndGet() + " " + System.nanoTime();
            LocalDate start = LocalDate.now().plusMonths(2);
            return programmes.create(new ProgrammeInput(
                    title,
                    "연수 " + title,
                    null,
                    null,
                    OrganisationKey.of("kr-seoul"),
                    ProgrammeMode.ONLINE,
                    "https://learn.example.org/bench",
                    "en",
                    start,
                    start.plusDays(4),
                    start.minusDays(14),
                    capacity,
                    capacity,
                    ProgrammeStatus.OPEN,
                    null));
        };
    }
}
