package org.wego.plugin.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reading the organisation registry. Every organisation's registry fields (names, type, country,
 * continent, region, status) are public within the platform; plugins apply the scope rules to their
 * own private data with {@link #isInScopeOf}.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface OrganisationDirectory {

    /**
     * A read-only SQL view of every organisation's public registry fields, which a plugin may read
     * (never write) through {@link PluginContext#dataSource()} and join with its own tables, so that a
     * search over registry fields and the plugin's data (paging, sorting, counting) is one indexed
     * query instead of fetching keys from {@link #search} and filtering in memory. Its columns, stable
     * within the plugin API's major version:
     *
     * <ul>
     *   <li>{@code id} (bigint, {@link Organisation#id()}), {@code org_key} (varchar 64, unique, {@link
     *       Organisation#key()}): join a plugin table holding organisation keys on {@code org_key};
     *   <li>{@code type} ({@link OrganisationType} name), {@code status} ({@link MembershipStatus}
     *       name), {@code status_since} (date or null);
     *   <li>{@code name_en}, {@code name_ko} (varchar 200, not null), {@code name_local} (or null):
     *       case-insensitive collation, so {@code LIKE 'seo%'} finds Seoul and uses an index;
     *   <li>{@code country} (ISO 3166-1 alpha-2 or null), {@code continent} ({@link Continent} name
     *       or null), {@code capital} (boolean);
     *   <li>{@code regional_office_id} (the regional office's {@code id}, or null: join the view again
     *       as the office for its key);
     *   <li>{@code website}, {@code logo_attachment_id} (or null).
     * </ul>
     *
     * One table's columns, so the database merges the view into your query and uses the registry's
     * indexes: filtering by {@code status} with a name prefix, a country or a status date, and
     * ordering by those, read from the indexes alone. Private
     * data (official contacts, users) is not in it; apply {@link #isInScopeOf} to your own.
     */
    String PUBLIC_VIEW = "platform_organisation_public";

    Optional<Organisation> byKey(OrganisationKey key);

    Optional<Organisation> byId(long id);

    /** Organisations matching every criterion given, sorted by English name, one page of them. */
    List<Organisation> search(Query query);

    /** How many organisations match, for paging. */
    int count(Query query);

    /** The organisations in a regional office's region. */
    List<Organisation> membersOfRegion(OrganisationKey regionalOffice);

    /**
     * Whether the user may see and change the organisation's private data: the secretariat every
     * organisation's, a regional office its region's and its own, anyone else only their own.
     */
    boolean isInScopeOf(@Nullable SignedInUser user, Organisation organisation);

    /**
     * The date each organisation last joined: the effective date of its latest status change to
     * {@link MembershipStatus#MEMBER} from applicant or former (a reinstatement after a suspension
     * keeps the original date). Public like the other registry fields, for statistics such as growth
     * per year. Organisations whose joining is not recorded (e.g. seeded members, which joined
     * "before 2023-01") are absent.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    Map<OrganisationKey, LocalDate> joinDates();

    /**
     * Search criteria; {@code null} means any.
     *
     * @param text part of a name in English, Korean or the local language, or of the key
     * @param offset how many matches to skip
     * @param limit the most to return (at most 500)
     */
    /**
     * The kind of every partner organisation ({@link OrganisationType#PARTNER}) whose kind is recorded: an
     * international organisation, a university, a company or a government. Partners are few, so this is one
     * map rather than a field of {@link Organisation} (which would change the record's constructor), for
     * statistics that split partners by kind. A directory that records no kinds answers an empty map. Since 1.1.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    default Map<OrganisationKey, PartnerKind> partnerKinds() {
        return Map.of();
    }

    /**
     * The WeGO secretariat's organisation: the owner of records that belong to the organisation as a whole
     * (an event's documents, an agreement's internal drafts), so that the organisation scope lets the
     * secretariat, and nobody else, change their files. Since 1.1.
     *
     * @throws IllegalStateException if the registry has no secretariat (it always has one)
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    default Organisation secretariat() {
        return search(new Query(null, OrganisationType.SECRETARIAT, null, null, null, null, 0, 1)).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the registry has no secretariat"));
    }

    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    record Query(
            @Nullable String text,
            @Nullable OrganisationType type,
            @Nullable Continent continent,
            @Nullable String country,
            @Nullable MembershipStatus status,
            @Nullable OrganisationKey regionalOffice,
            int offset,
            int limit) {

        public Query {
            if (offset < 0 || limit < 1 || limit > 500) {
                throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 500");
            }
        }

        /** Everything, first page of 50. */
        public static Query all() {
            return new Query(null, null, null, null, null, null, 0, 50);
        }
    }
}
