package org.wego.plugins.training.nominations;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/** A nomination with its trainee's name and e-mail. */
public record Nomination(
        long id,
        long programmeId,
        long traineeId,
        String traineeName,
        String traineeEmail,
        OrganisationKey organisation,
        NominationStatus status,
        @Nullable Long waitlistPosition,
        @Nullable Long approvalRequestId,
        String nominatedBy,
        LocalDateTime nominatedAt) {}
