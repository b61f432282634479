package org.wego.plugins.training.nominations;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/** A person a nominator enters; checked by {@link TraineeRules#clean}. */
public record TraineeInput(
        @Nullable String name,
        @Nullable String position,
        @Nullable String department,
        @Nullable OrganisationKey organisation,
        @Nullable String email,
        @Nullable String language,
        @Nullable Gender gender) {}
