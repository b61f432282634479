package org.wego.plugins.agreements.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.testkit.InPlugin;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Move;
import org.wego.plugins.agreements.register.Status;

/**
 * The plugin's calls the deadline ITs make, with its real types, run inside the plugin as the thread's user: each
 * takes its arguments as a list.
 */
public class DeadlineCalls implements InPlugin<Map<String, Function<List<Object>, Object>>> {

    @Override
    public Map<String, Function<List<Object>, Object>> run(Beans beans) {
        Agreements agreements = beans.bean(Agreements.class);
        FeedTokens tokens = beans.bean(FeedTokens.class);
        DeadlineReminders reminders = beans.bean(DeadlineReminders.class);
        Clock clock = beans.bean(PluginContext.class).clock();
        return Map.of(
                // titleEn, titleKo, expiry, noticeDays (or null), officerId (or null)[, party]: a signed agreement with
                // the party, Hanoi unless named
                "agreement",
                        args -> {
                            LocalDate today = LocalDate.now(clock);
                            LocalDate signed = today.minusYears(1);
                            return agreements.create(new AgreementInput(
                                    AgreementKind.MOU,
                                    (String) args.get(0),
                                    (String) args.get(1),
                                    null,
                                    null,
                                    null,
                                    signed.getYear(),
                                    signed,
                                    signed,
                                    (LocalDate) args.get(2),
                                    false,
                                    null,
                                    (Integer) args.get(3),
                                    (String) args.get(4),
                                    args.get(4) == null ? null : "Responsible officer",
                                    List.of("en", "ko"),
                                    Status.SIGNED,
                                    List.of(args.size() > 5 ? (String) args.get(5) : "vn-hanoi"),
                                    List.of()));
                        },
                "terminate",
                        args -> {
                            long id = (Long) args.get(0);
                            var agreement = agreements.find(id).orElseThrow();
                            return agreements
                                    .move(
                                            id,
                                            agreement.version(),
                                            Move.TERMINATE,
                                            (DateOrYear) null,
                                            LocalDate.now(clock))
                                    .status()
                                    .name();
                        },
                "reminders", args -> reminders.reminders(),
                "createToken", args -> tokens.create((Locale) args.get(0)),
                "revokeToken",
                        args -> {
                            var live = tokens.current().orElseThrow();
                            tokens.revoke(live.id(), live.version());
                            return live.id();
                        });
    }
}
