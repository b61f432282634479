package org.wego.plugin.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.SignedInUser;

/**
 * An organisation registry in memory for a plugin's unit tests: the organisations a test names, found by key,
 * id, type and text as the platform's directory finds them (a page at a time), and organisations to put in it
 * without spelling out every field of {@link Organisation}.
 *
 * <pre>{@code
 * var registry = TestRegistry.of(
 *         TestRegistry.organisation("vn-hanoi", OrganisationType.CITY, "Hanoi", "하노이", "VN"),
 *         TestRegistry.organisation("int-itu", OrganisationType.PARTNER, "ITU", "국제전기통신연합", null));
 * }</pre>
 */
public final class TestRegistry implements OrganisationDirectory {

    private final List<Organisation> organisations;

    private TestRegistry(List<Organisation> organisations) {
        this.organisations = List.copyOf(organisations);
    }

    /** A registry of these organisations. */
    public static TestRegistry of(Organisation... organisations) {
        return new TestRegistry(List.of(organisations));
    }

    /**
     * An organisation of the registry: a member ({@link MembershipStatus#MEMBER}) for the member types, a partner
     * ({@link MembershipStatus#PARTNER}) for {@link OrganisationType#PARTNER}; id from the key's hash.
     */
    public static Organisation organisation(
            String key, OrganisationType type, String nameEn, String nameKo, @Nullable String country) {
        return new Organisation(
                Math.abs((long) key.hashCode()),
                OrganisationKey.of(key),
                type,
                nameEn,
                nameKo,
                null,
                country,
                null,
                false,
                null,
                type == OrganisationType.PARTNER ? MembershipStatus.PARTNER : MembershipStatus.MEMBER,
                null,
                null,
                null,
                0);
    }

    /** An organisation named by its key in both languages, without a country. */
    public static Organisation organisation(String key, OrganisationType type) {
        return organisation(key, type, key, key, null);
    }

    @Override
    public Optional<Organisation> byKey(OrganisationKey key) {
        return organisations.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    @Override
    public Optional<Organisation> byId(long id) {
        return organisations.stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public List<Organisation> search(Query query) {
        return organisations.stream()
                .filter(o -> matches(o, query))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    @Override
    public int count(Query query) {
        return (int) organisations.stream().filter(o -> matches(o, query)).count();
    }

    @Override
    public List<Organisation> membersOfRegion(OrganisationKey regionalOffice) {
        return organisations.stream()
                .filter(o -> regionalOffice.equals(o.regionalOffice()))
                .toList();
    }

    /** Everyone signed in sees every organisation here; scope rules are the platform's, tested in its ITs. */
    @Override
    public boolean isInScopeOf(@Nullable SignedInUser user, Organisation organisation) {
        return user != null;
    }

    @Override
    public Map<OrganisationKey, LocalDate> joinDates() {
        return Map.of();
    }

    private static boolean matches(Organisation o, Query query) {
        String text = query.text() == null ? "" : query.text().toLowerCase(Locale.ROOT);
        return (query.type() == null || o.type() == query.type())
                && (query.country() == null || query.country().equals(o.country()))
                && (query.status() == null || o.status() == query.status())
                && (text.isEmpty()
                        || o.nameEn().toLowerCase(Locale.ROOT).contains(text)
                        || o.nameKo().contains(text));
    }
}
