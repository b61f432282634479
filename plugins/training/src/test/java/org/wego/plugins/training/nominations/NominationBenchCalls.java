package org.wego.plugins.training.nominations;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.testkit.InPlugin;

/**
 * The enrolment benchmark's nominations, made inside the plugin (the kit's {@link InPlugin}) through {@link
 * Nominations#nominate} with its real types: a new trainee of the city for the programme, as the current user
 * (the city), answering the nomination's id.
 */
class NominationBenchCalls implements InPlugin<BiFunction<Long, OrganisationKey, Long>> {

    @Override
    public BiFunction<Long, OrganisationKey, Long> run(Beans beans) {
        Nominations nominations = beans.bean(Nominations.class);
        var serial = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        return (programme, city) -> {
            String who = "t" + run + "-" + serial.incrementAndGet();
            return nominations.nominate(
                    programme,
                    new TraineeInput(
                            "Trainee " + who,
                            "Deputy director",
                            "Smart city division",
                            city,
                            who + "@bench.example.org",
                            "en",
                            Gender.FEMALE));
        };
    }
}
