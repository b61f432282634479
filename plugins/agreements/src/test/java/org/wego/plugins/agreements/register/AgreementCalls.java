package org.wego.plugins.agreements.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.testkit.InPlugin;

/**
 * Calls into the running plugin with its real types (the kit's {@link InPlugin}), as the current user:
 * {@code record} (a title, a stage's name and the parties' keys, answering the id; a signed one is signed on
 * 1 March 2024 and expires in 2029 with 90 days' notice), {@code find} (an id, answering its status's name or
 * {@code null} when out of scope), {@code version} (an id, answering its version), {@code list} (answering the
 * ids in scope), {@code move} (id, version, a move's name, the signing year or day, the termination day,
 * answering the new status's name) and {@code change} (id and version, answering the new version).
 */
public class AgreementCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        Agreements agreements = beans.bean(Agreements.class);
        return Map.of(
                "record",
                args -> {
                    Status stage = Status.valueOf((String) args[1]);
                    boolean signed = stage == Status.SIGNED;
                    return agreements.create(new AgreementInput(
                            AgreementKind.MOU,
                            (String) args[0],
                            "협력 MOU " + args[0],
                            "Cooperation on digital government.",
                            null,
                            null,
                            signed ? 2024 : null,
                            signed ? LocalDate.of(2024, 3, 1) : null,
                            null,
                            LocalDate.of(2029, 2, 28),
                            false,
                            null,
                            90,
                            null,
                            null,
                            List.of("en", "ko"),
                            stage,
                            (List<String>) args[2],
                            List.of()));
                },
                "find",
                args -> agreements
                        .find((Long) args[0])
                        .map(a -> a.status().name())
                        .orElse(null),
                "version",
                args -> agreements.find((Long) args[0]).orElseThrow().version(),
                "list",
                args -> agreements.list(Agreements.Filter.all(Agreements.MAX_PAGE)).stream()
                        .map(Agreement::id)
                        .toList(),
                "move",
                args -> agreements
                        .move(
                                (Long) args[0],
                                (Long) args[1],
                                Move.valueOf((String) args[2]),
                                (DateOrYear) args[3],
                                (LocalDate) args[4])
                        .status()
                        .name(),
                "change",
                args -> {
                    Agreement a = agreements.find((Long) args[0]).orElseThrow();
                    return agreements
                            .update(
                                    a.id(),
                                    (Long) args[1],
                                    new AgreementInput(
                                            a.kind(),
                                            a.titleEn() + " (changed)",
                                            a.titleKo(),
                                            a.purposeEn(),
                                            a.purposeKo(),
                                            a.wegoSignatory(),
                                            a.signed() == null
                                                    ? null
                                                    : a.signed().year(),
                                            a.signed() == null
                                                    ? null
                                                    : a.signed().date(),
                                            a.effective(),
                                            a.expiry(),
                                            a.autoRenewal(),
                                            a.renewalMonths(),
                                            a.noticeDays(),
                                            a.officerId(),
                                            a.officerName(),
                                            a.languages(),
                                            a.stage(),
                                            a.parties(),
                                            a.signatories()))
                            .version();
                });
    }
}
