package org.wego.plugins.membership.profiles;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The profile fields a member changes at once, without the secretariat's approval.
 *
 * @param focusAreas the codes of the platform's managed topics the member works on ({@link FocusAreas})
 */
public record Descriptive(
        @Nullable Long population,
        @Nullable String address,
        Set<String> focusAreas,
        List<String> languages,
        @Nullable String descriptionEn,
        @Nullable String descriptionKo) {

    public Descriptive {
        focusAreas = Set.copyOf(focusAreas);
        languages = List.copyOf(languages);
    }

    static Descriptive empty() {
        return new Descriptive(null, null, Set.of(), List.of(), null, null);
    }
}
