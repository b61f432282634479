package org.wego.platform.organisations;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wego.platform.i18n.Translations;
import org.wego.platform.spreadsheets.CsvWriter;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.CsvTables;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory.Query;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The registry as CSV for the secretariat, through the platform's one CSV writer (BOM, defusing, quoting). */
@Component
class OrganisationExport {

    private static final CsvTables CSV = new CsvWriter();

    private final Organisations organisations;
    private final Translations translations;

    OrganisationExport(Organisations organisations, Translations translations) {
        this.organisations = organisations;
        this.translations = translations;
    }

    String csv(SignedInUser user, Query filter, Locale locale) {
        user.requireRole(Role.SECRETARIAT, "organisation.export");
        CsvTable table = CSV.create(translations.messages(locale))
                .header(
                        "organisations.key",
                        "organisations.name.en",
                        "organisations.name.ko",
                        "organisations.type",
                        "organisations.country",
                        "organisations.continent",
                        "organisations.capital",
                        "organisations.region",
                        "organisations.status");
        int offset = 0;
        List<Organisation> page;
        do {
            page = organisations.search(new Query(
                    filter.text(),
                    filter.type(),
                    filter.continent(),
                    filter.country(),
                    filter.status(),
                    filter.regionalOffice(),
                    offset,
                    500));
            for (Organisation o : page) {
                table.row(
                        o.key().value(),
                        o.nameEn(),
                        o.nameKo(),
                        t("organisation.type." + o.type().name(), locale),
                        o.country(),
                        o.continent() == null
                                ? null
                                : t("continent." + o.continent().name(), locale),
                        o.capital() ? t("organisations.capital.yes", locale) : null,
                        o.regionalOffice() == null ? null : o.regionalOffice().value(),
                        t("membership.status." + o.status().name(), locale));
            }
            offset += page.size();
        } while (page.size() == 500);
        return table.text();
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
