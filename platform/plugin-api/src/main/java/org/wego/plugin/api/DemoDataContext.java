package org.wego.plugin.api;

import java.util.function.Supplier;

/**
 * What a {@link DemoData} set is loaded with: it acts as the seed's users, decides approvals as the
 * secretariat, and flags each record it made. Valid only during {@link DemoData#load}, on its thread.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public interface DemoDataContext {

    /** The title prefix every demo record carries ({@value}), e.g. "Demo Smart Mobility Workshop". */
    String TITLE_PREFIX = "Demo ";

    /**
     * Runs {@code work} as a signed-in user of this role and organisation (the seed's organisation,
     * e.g. {@code vn-hanoi}); the plugin's services see that user in {@link PluginContext#requireUser()},
     * check its permissions and name it in the audit trail as "Demo data".
     *
     * @return what {@code work} returns
     * @throws IllegalArgumentException when the organisation is not in the registry
     */
    <T> T as(Role role, OrganisationKey organisation, Supplier<T> work);

    /**
     * Approves a request of the approvals inbox as the secretariat, through the inbox: the plugin's
     * {@link ApprovalHandler} runs as on a decision in the inbox, audited the same way.
     *
     * @param requestId the id {@link Approvals#submit} returned
     */
    void approve(long requestId, String comment);

    /**
     * Flags a record this set made as demo data, so the platform lists it among the demo records.
     *
     * @param type the plugin's name for the kind of record, e.g. {@code programme}
     * @param id the record's id in the plugin
     * @param title the title it shows, starting with {@link #TITLE_PREFIX}
     * @throws IllegalArgumentException when the title does not start with {@link #TITLE_PREFIX}
     */
    void flag(String type, String id, String title);
}
