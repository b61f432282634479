package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A daily session as the secretariat enters it: date, start and end in local time, and the IANA zone
 * (e.g. {@code Asia/Seoul}); checked by {@link ProgrammeRules#clean}.
 */
public record SessionInput(
        @Nullable LocalDate date,
        @Nullable LocalTime start,
        @Nullable LocalTime end,
        @Nullable String zone) {}
