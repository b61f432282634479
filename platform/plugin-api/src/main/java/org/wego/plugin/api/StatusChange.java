package org.wego.plugin.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of an organisation's membership status, kept for good: former members stay in history.
 *
 * @param from the status before
 * @param to the status after
 * @param effective the date it took effect (e.g. the committee's decision), which may be before it
 *     was recorded
 * @param reason why, as recorded by the secretariat
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record StatusChange(
        MembershipStatus from,
        MembershipStatus to,
        LocalDate effective,
        String reason,
        String recordedBy,
        Instant recordedAt) {}
