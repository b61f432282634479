package org.wego.plugin.api;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The few changes a plugin may make to the registry's own fields: names, status, website, logo and
 * official contacts. Everything else about an organisation belongs to the plugins.
 *
 * <p>Every method acts for the current user, checks on the server what they may do, refuses bad
 * input with an {@link InvalidInputException} before writing anything, records the change in the
 * audit log and joins the caller's transaction, so a plugin's own change and the registry's commit
 * or roll back together. Official fields (names, status, logo, contacts) need {@link
 * #WRITE_PERMISSION}, held by the secretariat: a plugin that lets a member propose them submits an
 * approval request and writes them when the secretariat approves. The website is descriptive: an
 * organisation's own users may change it too.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface OrganisationRegistry {

    /** The permission for official fields; held by the secretariat. */
    String WRITE_PERMISSION = "organisation.write";

    /** Longest official name, in characters. */
    int MAX_NAME = 200;

    /** Longest reason of a status change, in characters. */
    int MAX_REASON = 500;

    /**
     * Records an organisation that applies for membership, with status {@link
     * MembershipStatus#APPLICANT} from today.
     *
     * @return the new record, with its generated key
     */
    Organisation createApplicant(NewOrganisation organisation);

    /**
     * Records a partner, an organisation that is not a member (an international organisation, a
     * university, a company, a government), with status {@link MembershipStatus#PARTNER} and none of
     * the member-only fields: a country only if given, a name in one language when only one is known
     * (the other is then the same text). Its key is made from the country (or {@code int}) and the
     * name.
     *
     * @return the new record, with its generated key
     * @throws InvalidInputException for no name at all, an unknown country or a bad website
     */
    Organisation createPartner(NewPartner partner);

    /**
     * Changes the membership status. Allowed moves: applicant → member or former (withdrawn,
     * declined); member → suspended or former; suspended → member or former; former → applicant
     * (applies again). Partners keep their status.
     *
     * @param effective the date the change took effect
     * @param reason why (required, at most {@link #MAX_REASON} characters)
     * @throws InvalidInputException for a move not allowed, an empty reason, a date in the future
     */
    Organisation changeStatus(OrganisationKey key, MembershipStatus status, LocalDate effective, String reason);

    /** Replaces the official names. */
    Organisation updateNames(OrganisationKey key, String nameEn, String nameKo, @Nullable String nameLocal);

    /** Sets or clears ({@code null}) the website, an http or https address. */
    Organisation updateWebsite(OrganisationKey key, @Nullable String website);

    /** Sets or clears ({@code null}) the logo: the id of a file stored as an attachment. */
    Organisation updateLogo(OrganisationKey key, @Nullable Long attachmentId);

    /**
     * Moves an organisation into a regional office's region, or out of any ({@code null}). The
     * office must be a regional office; its coordinators see the organisation from then on.
     */
    Organisation assignRegionalOffice(OrganisationKey key, @Nullable OrganisationKey regionalOffice);

    /**
     * The official contacts, in their order. Only for users who may see the organisation's private
     * data (its own users, its regional office, the secretariat).
     *
     * @throws PermissionDeniedException for anyone else
     */
    List<OrganisationContact> contacts(OrganisationKey key);

    /** Replaces the official contacts with these, in this order. */
    void replaceContacts(OrganisationKey key, List<OrganisationContact> contacts);

    /** Every status change, oldest first, for users who may see the organisation's private data. */
    List<StatusChange> statusHistory(OrganisationKey key);
}
