package org.wego.plugins.agreements.register;

import java.util.List;
import java.util.stream.Collectors;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;

/** How an agreement's dates, parties and status read on the list, its page and in its CSV file. */
final class AgreementTexts {

    private AgreementTexts() {}

    /** The signing day, the year alone ("2019 (date not recorded)"), or "not signed". */
    static String signed(Agreement agreement, Messages messages) {
        return agreement.signed() == null
                ? messages.get("agreements.not-signed")
                : agreement.signed().show(messages);
    }

    /** The expiry, or "open-ended". */
    static String expiry(Agreement agreement, Messages messages) {
        return agreement.expiry() == null
                ? messages.get("agreements.open-ended")
                : agreement.expiry().toString();
    }

    /** The counterparties' names in the language, joined by "; ". */
    static String parties(List<String> keys, Messages messages, OrganisationDirectory registry) {
        return keys.stream()
                .map(key -> registry.byKey(OrganisationKey.of(key))
                        .map(o -> o.name(messages.locale()))
                        .orElse(key))
                .collect(Collectors.joining("; "));
    }

    /** Today's status, e.g. "Active". */
    static String status(Agreement agreement, Messages messages) {
        return messages.get("agreements.status." + agreement.status().name());
    }
}
