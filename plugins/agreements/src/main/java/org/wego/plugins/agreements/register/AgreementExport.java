package org.wego.plugins.agreements.register;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;

/** The register as a CSV or XLSX file in a language: what the list shows, in the user's scope, checked again here. */
@Component
public class AgreementExport {

    private final Agreements agreements;
    private final PluginContext platform;

    AgreementExport(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
    }

    /** The agreements of the filter the user may see, one row each, headers in the language. */
    public byte[] csv(Agreements.Filter filter, Locale locale) {
        return table(filter, platform.messages(locale)).bytes();
    }

    /** The same rows as {@link #csv} as an XLSX workbook. */
    public byte[] xlsx(Agreements.Filter filter, Locale locale) {
        Messages messages = platform.messages(locale);
        return table(filter, messages).xlsx(messages.get("agreements.heading"));
    }

    private CsvTable table(Agreements.Filter filter, Messages messages) {
        CsvTable table = platform.csv()
                .create(messages)
                .header(
                        "agreements.field.id",
                        "agreements.field.kind",
                        "agreements.field.title-en",
                        "agreements.field.title-ko",
                        "agreements.field.parties",
                        "agreements.field.signed",
                        "agreements.field.effective",
                        "agreements.field.expiry",
                        "agreements.field.notice-days",
                        "agreements.field.status",
                        "agreements.field.officer");
        for (Agreement a : agreements.list(filter)) {
            table.row(
                    a.id(),
                    messages.get("agreements.kind." + a.kind().name()),
                    a.titleEn(),
                    a.titleKo(),
                    AgreementTexts.parties(a.parties(), messages, platform.organisations()),
                    AgreementTexts.signed(a, messages),
                    a.effective() == null ? "" : a.effective().toString(),
                    AgreementTexts.expiry(a, messages),
                    a.noticeDays(),
                    AgreementTexts.status(a, messages),
                    a.officerName());
        }
        return table;
    }
}
