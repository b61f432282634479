package org.wego.plugins.agreements.register;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.RecordLookup;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordResolver;
import org.wego.plugin.api.ReferencedRecord;

/**
 * Agreements as records other plugins refer to ({@code agreements:agreement:{id}}): titled for a viewer who may
 * see the agreement, not found for anyone else (the register's scope decides, so a reference reveals nothing).
 */
@Component
public class AgreementReferences implements RecordResolver {

    /** The record type. */
    public static final String TYPE = "agreement";

    private final Agreements agreements;

    AgreementReferences(Agreements agreements) {
        this.agreements = agreements;
    }

    /** The reference to an agreement. */
    public static RecordReference of(long id) {
        return RecordReference.of("agreements", TYPE, id);
    }

    @Override
    public Optional<ReferencedRecord> resolve(RecordLookup lookup) {
        if (lookup.viewer() == null || !lookup.id().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        // Runs in the viewer's request: the register's own scope applies.
        return agreements
                .find(Long.parseLong(lookup.id()))
                .map(a -> new ReferencedRecord(a.title(lookup.locale()), AgreementPage.ROUTE + "?id=" + a.id()));
    }
}
