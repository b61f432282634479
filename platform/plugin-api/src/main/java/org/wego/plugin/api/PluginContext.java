package org.wego.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the platform gives one plugin, injectable into any bean of the plugin's context. It grows
 * with the platform's services (organisations, approvals, audit, notifications, files) without
 * breaking existing plugins.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface PluginContext {

    /** This plugin's id. */
    String pluginId();

    /** The prefix every table of this plugin carries, e.g. {@code feasibility_studies_}. */
    default String tablePrefix() {
        return PluginIds.tablePrefix(pluginId());
    }

    /** The user of the current request, if one is signed in. */
    Optional<SignedInUser> currentUser();

    /** The user of the current request; throws {@link PermissionDeniedException} for anonymous calls. */
    default SignedInUser requireUser() {
        return currentUser().orElseThrow(() -> new PermissionDeniedException("signed-in"));
    }

    /** Permission checks. */
    Permissions permissions();

    /** The organisation registry: who is a member, of which type and region; the scope rules. */
    OrganisationDirectory organisations();

    /** The registry's writes: names, status, website, logo and contacts of an organisation. */
    OrganisationRegistry registry();

    /**
     * The approvals inbox: submit requests of the types this plugin declared and read their status.
     */
    Approvals approvals();

    /** The audit trail: record every change, in the change's transaction. */
    AuditLog audit();

    /**
     * Files attached to records: store, list, open and delete them with size and type limits, and
     * decide who may download the files of this plugin's records. The platform always provides it;
     * the default only keeps test doubles of this interface compiling.
     */
    default Attachments attachments() {
        throw new UnsupportedOperationException("no file store in this context");
    }

    /**
     * Notifications in the platform and by e-mail, in each recipient's language, from templates in
     * this plugin's message bundles. The platform always provides it; the default only keeps test
     * doubles of this interface compiling.
     */
    default Notifications notifications() {
        throw new UnsupportedOperationException("no notifications in this context");
    }

    /**
     * Invitations of new users into the platform (accounts in the identity provider), with the same
     * permission checks as the platform's users screen. The platform always provides it; the default
     * only keeps test doubles of this interface compiling.
     */
    default UserInvitations users() {
        throw new UnsupportedOperationException("no user invitations in this context");
    }

    /**
     * The platform's bounded reader of uploaded CSV and XLSX files: use it for every spreadsheet a
     * user uploads instead of a parser of your own. The platform always provides it; the default only
     * keeps test doubles of this interface compiling.
     */
    default Spreadsheets spreadsheets() {
        throw new UnsupportedOperationException("no spreadsheet reader in this context");
    }

    /** The platform's clock: use it instead of {@code now()} so tests can fix the time. */
    Clock clock();

    /**
     * The platform's database: the same connection and transaction as the platform's own work in
     * the same call, so a plugin change and the platform's audit entry commit or roll back together.
     * Build a {@code JdbcClient} from it; touch only tables starting with {@link #tablePrefix()}, and
     * read (never write) the registry's public view {@link OrganisationDirectory#PUBLIC_VIEW} to join
     * your tables with organisations.
     */
    DataSource dataSource();

    /** This plugin's messages (its own bundle first, then the platform's) in a language. */
    Messages messages(Locale locale);

    /**
     * The platform's iCalendar writer: invitations, updates (a higher sequence) and cancellations of
     * events with UIDs stable for this plugin, e.g. to attach to an e-mail. Pure: it stores nothing.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.2")
    Calendars calendars();

    /**
     * The users' time zones (chosen on the account page beside the language): show times in {@link
     * TimeZones#currentUser()}.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.2")
    TimeZones timeZones();

    /**
     * Codes for documents this plugin issues (certificates, attendance records) that anyone can check
     * on the platform's public page {@code verify}, and revoke.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.2")
    VerifiableDocuments documents();
}
