package org.wego.plugins.training.programmes;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;

/**
 * Who may be nominated for a programme: organisations of these member types, on these continents, in the
 * regions of these regional offices. Each criterion left empty admits everyone; the criteria given must
 * all hold (e.g. cities in Asia), any value within one criterion will do (Asia or Africa).
 */
record Eligibility(Set<OrganisationType> memberTypes, Set<Continent> continents, Set<OrganisationKey> regionalOffices) {

    /** Every member. */
    static final Eligibility ALL = new Eligibility(Set.of(), Set.of(), Set.of());

    Eligibility {
        memberTypes = Set.copyOf(memberTypes);
        continents = Set.copyOf(continents);
        regionalOffices = Set.copyOf(regionalOffices);
    }

    /** Whether every member is eligible. */
    boolean admitsAll() {
        return memberTypes.isEmpty() && continents.isEmpty() && regionalOffices.isEmpty();
    }

    /** Whether officials of the organisation may be nominated. */
    boolean admits(Organisation organisation) {
        return (memberTypes.isEmpty() || memberTypes.contains(organisation.type()))
                && (continents.isEmpty()
                        || (organisation.continent() != null && continents.contains(organisation.continent())))
                && (regionalOffices.isEmpty()
                        || (organisation.regionalOffice() != null
                                && regionalOffices.contains(organisation.regionalOffice())));
    }

    /** Stored as comma-separated names (null when empty): member types. */
    @Nullable
    String typesColumn() {
        return column(memberTypes.stream().map(Enum::name).collect(Collectors.toSet()));
    }

    @Nullable
    String continentsColumn() {
        return column(continents.stream().map(Enum::name).collect(Collectors.toSet()));
    }

    @Nullable
    String officesColumn() {
        return column(regionalOffices.stream().map(OrganisationKey::value).collect(Collectors.toSet()));
    }

    static Eligibility fromColumns(@Nullable String types, @Nullable String continents, @Nullable String offices) {
        return new Eligibility(
                split(types).stream().map(OrganisationType::valueOf).collect(Collectors.toSet()),
                split(continents).stream().map(Continent::valueOf).collect(Collectors.toSet()),
                split(offices).stream().map(OrganisationKey::of).collect(Collectors.toSet()));
    }

    private static @Nullable String column(Set<String> values) {
        return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(@Nullable String column) {
        return column == null || column.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(column.split(",")));
    }
}
