package org.wego.plugins.training.nominations;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/**
 * A nomination as the programme page shows it to one user. {@code email} and {@code gender} are
 * {@code null} unless the user is of the secretariat or of the nominating organisation or its region
 * (decided by {@link Nominations#nominees}, not by the page).
 *
 * @param mayCancel whether this user may cancel it now
 * @param mayPromote whether this user may promote it by hand now (the secretariat, programme running)
 */
record Nominee(
        long id,
        String traineeName,
        @Nullable String position,
        @Nullable String department,
        OrganisationKey organisation,
        String organisationName,
        NominationStatus status,
        @Nullable Long waitlistPosition,
        @Nullable String email,
        @Nullable Gender gender,
        boolean mayCancel,
        boolean mayPromote) {}
