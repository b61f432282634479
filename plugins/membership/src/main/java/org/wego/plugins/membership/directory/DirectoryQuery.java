package org.wego.plugins.membership.directory;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;

/**
 * What a member-directory search asks for; {@code null} means any. Checked by {@link MemberDirectory}
 * before it reaches the database (unknown values are refused, never ignored).
 *
 * @param text part of a name in English, Korean or the local language (case-insensitive), at most
 *     {@value DirectoryInput#MAX_TEXT} characters of plain text
 * @param match whether the text starts a name ({@link TextMatch#PREFIX}) or occurs anywhere in it
 * @param type city, company or institution (member types only)
 * @param continent the continent group
 * @param country ISO 3166-1 alpha-2, e.g. {@code KR}
 * @param capital cities that are (true) or are not (false) national capitals
 * @param regionalOffice the key of a regional office: the members of its region
 * @param focusArea members whose profile names this focus area: a platform topic's code, retired or not
 * @param status the membership status; {@code null} means current members ({@link
 *     MembershipStatus#MEMBER}); applicants only for the secretariat
 * @param sort the order of the rows; names sort in the caller's language
 * @param descending the reverse order
 */
record DirectoryQuery(
        @Nullable String text,
        TextMatch match,
        @Nullable OrganisationType type,
        @Nullable Continent continent,
        @Nullable String country,
        @Nullable Boolean capital,
        @Nullable OrganisationKey regionalOffice,
        @Nullable String focusArea,
        @Nullable MembershipStatus status,
        DirectorySort sort,
        boolean descending) {

    /** Every current member, by name. */
    static DirectoryQuery members() {
        return new DirectoryQuery(
                null, TextMatch.CONTAINS, null, null, null, null, null, null, null, DirectorySort.NAME, false);
    }

    /** The status searched: current members unless another was asked for. */
    MembershipStatus statusOrDefault() {
        return status == null ? MembershipStatus.MEMBER : status;
    }

    /** How the search text is matched against the names. */
    enum TextMatch {
        /** A name starts with the text (uses the name indexes). */
        PREFIX,
        /** A name contains the text anywhere. */
        CONTAINS
    }
}
