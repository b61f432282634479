package org.wego.plugins.agreements.links;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.testkit.InPlugin;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Status;

/**
 * Calls into the running plugin with its real types, as the current user: {@code record} (a title and a
 * counterparty's key: a signed MOU, answering its id), {@code add} (agreement id and typed reference,
 * answering the link's id or the refusal's message key), {@code remove} (agreement and link ids) and {@code
 * list} (an agreement's id, answering its links' references).
 */
public class LinkCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    @Override
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        Agreements agreements = beans.bean(Agreements.class);
        AgreementLinks links = beans.bean(AgreementLinks.class);
        return Map.of(
                "record",
                args -> agreements.create(new AgreementInput(
                        AgreementKind.MOU,
                        (String) args[0],
                        null,
                        null,
                        null,
                        null,
                        2024,
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
                        List.of((String) args[1]),
                        List.of())),
                "add",
                args -> {
                    try {
                        return links.add((Long) args[0], (String) args[1]);
                    } catch (InvalidInputException e) {
                        return e.messageKey();
                    }
                },
                "remove",
                args -> {
                    links.remove((Long) args[0], (Long) args[1]);
                    return true;
                },
                "list",
                args -> links.list((Long) args[0]).stream()
                        .map(link -> link.reference().value())
                        .toList());
    }
}
