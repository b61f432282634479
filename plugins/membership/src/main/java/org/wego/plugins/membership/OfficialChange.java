package org.wego.plugins.membership;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationContact;

/** The official fields a member asks the secretariat to change: names, head and official contacts. */
record OfficialChange(
        String nameEn,
        String nameKo,
        @Nullable String nameLocal,
        @Nullable String headName,
        @Nullable String headTitle,
        List<OrganisationContact> contacts) {

    OfficialChange {
        contacts = List.copyOf(contacts);
    }
}
