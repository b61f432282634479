package org.wego.platform.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wego.platform.i18n.Translations;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory.Query;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The registry as CSV for the secretariat: UTF-8 with a BOM so spreadsheet programs read Korean right. */
@Component
class OrganisationExport {

    private final Organisations organisations;
    private final Translations translations;

    OrganisationExport(Organisations organisations, Translations translations) {
        this.organisations = organisations;
        this.translations = translations;
    }

    String csv(SignedInUser user, Query filter, Locale locale) {
        user.requireRole(Role.SECRETARIAT, "organisation.export");
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(CsvRows.line(List.of(
                t("organisations.key", locale),
                t("organisations.name.en", locale),
                t("organisations.name.ko", locale),
                t("organisations.type", locale),
                t("organisations.country", locale),
                t("organisations.continent", locale),
                t("organisations.capital", locale),
                t("organisations.region", locale),
                t("organisations.status", locale))));
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
                List<String> row = new ArrayList<>();
                row.add(o.key().value());
                row.add(o.nameEn());
                row.add(o.nameKo());
                row.add(t("organisation.type." + o.type().name(), locale));
                row.add(o.country() == null ? "" : o.country());
                row.add(
                        o.continent() == null
                                ? ""
                                : t("continent." + o.continent().name(), locale));
                row.add(o.capital() ? t("organisations.capital.yes", locale) : "");
                row.add(o.regionalOffice() == null ? "" : o.regionalOffice().value());
                row.add(t("membership.status." + o.status().name(), locale));
                out.append(CsvRows.line(row));
            }
            offset += page.size();
        } while (page.size() == 500);
        return out.toString();
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
