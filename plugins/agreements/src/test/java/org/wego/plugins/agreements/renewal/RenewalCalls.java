package org.wego.plugins.agreements.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.testkit.InPlugin;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Signatory;
import org.wego.plugins.agreements.register.Status;

/**
 * Calls into the running plugin with its real types, as the current user: {@code signed} (a title, a party's
 * key, whether it renews itself, its expiry; answering the id), {@code renew} (an id, answering the successor's),
 * {@code propose} (an id, a kind's name, the English text, the reason; answering the request's id), {@code
 * request} (a request's and its agreement's id: status, successor, accepted amendment, approval request id), {@code agreement} (an id:
 * stage, status, expiry and predecessor as text, or "none" out of scope), {@code chain} (an id: the
 * predecessors' and successors' ids), {@code count} (an agreement's id: how many requests the user sees) and
 * {@code listed} (an id and a status's name: whether the list filtered by that status holds it).
 */
public class RenewalCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    @Override
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        Agreements agreements = beans.bean(Agreements.class);
        Renewals renewals = beans.bean(Renewals.class);
        ChangeRequests requests = beans.bean(ChangeRequests.class);
        return Map.of(
                "signed",
                args -> agreements.create(new AgreementInput(
                        AgreementKind.MOU,
                        (String) args[0],
                        "협약 " + args[0],
                        "Smart-city cooperation",
                        "스마트시티 협력",
                        null,
                        2020,
                        LocalDate.of(2020, 2, 1),
                        LocalDate.of(2020, 2, 1),
                        (LocalDate) args[3],
                        (Boolean) args[2],
                        (Boolean) args[2] ? 12 : null,
                        60,
                        null,
                        "Officer Kim",
                        List.of("en", "ko"),
                        Status.SIGNED,
                        List.of((String) args[1]),
                        List.of(new Signatory(Signatory.Side.COUNTERPART, "Nguyen Van A", "Chairman")))),
                "renew",
                args -> renewals.renew((Long) args[0]),
                "propose",
                args -> requests.propose(
                        (Long) args[0],
                        new ChangeInput(
                                ChangeKind.valueOf((String) args[1]), (String) args[2], null, (String) args[3])),
                "request",
                args -> {
                    ChangeRequest r = requests.of((Long) args[1]).stream()
                            .filter(c -> c.id() == (Long) args[0])
                            .findFirst()
                            .orElseThrow();
                    return r.status() + " " + r.successor() + " " + r.acceptedAmendment() + " " + r.approvalRequest();
                },
                "agreement",
                args -> agreements
                        .find((Long) args[0])
                        .map(a -> a.stage() + " " + a.status() + " " + a.expiry() + " " + a.predecessor() + " "
                                + a.parties() + " " + a.titleEn() + " " + a.signed() + " "
                                + a.signatories().size())
                        .orElse("none"),
                "count",
                args -> requests.of((Long) args[0]).size(),
                "listed",
                args -> agreements
                        .list(new Agreements.Filter(
                                null, null, Status.valueOf((String) args[1]), null, null, null, 0, Agreements.MAX_PAGE))
                        .stream()
                        .anyMatch(a -> a.id() == (Long) args[0]),
                "chain",
                args -> {
                    var chain = renewals.chain(agreements.find((Long) args[0]).orElseThrow());
                    return chain.predecessors().stream().map(a -> a.id()).toList() + " "
                            + chain.successors().stream().map(a -> a.id()).toList();
                });
    }
}
