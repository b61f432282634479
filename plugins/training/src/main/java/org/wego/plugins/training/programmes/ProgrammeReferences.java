package org.wego.plugins.training.programmes;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.RecordLookup;
import org.wego.plugin.api.RecordResolver;
import org.wego.plugin.api.ReferencedRecord;

/**
 * Programmes as records other plugins refer to ({@code training:programme:42}): a signed-in viewer sees
 * a programme's title in their language and its page, drafts only the secretariat, as on the
 * programmes screen.
 */
@Component
public class ProgrammeReferences implements RecordResolver {

    /** The record type other plugins store: {@code training:programme:{id}}. */
    public static final String TYPE = "programme";

    private final Programmes programmes;

    ProgrammeReferences(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public Optional<ReferencedRecord> resolve(RecordLookup lookup) {
        if (lookup.viewer() == null || !lookup.id().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return programmes
                .find(Long.parseLong(lookup.id()))
                .filter(p -> p.status() != ProgrammeStatus.DRAFT || programmes.mayManage(lookup.viewer()))
                .map(p -> new ReferencedRecord(p.title(lookup.locale()), "training/programme?id=" + p.id()));
    }
}
