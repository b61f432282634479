package org.wego.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the platform gives one plugin, injectable into any bean of the plugin's context. It grows
 * with the platform's services (organisations, approvals, audit, notifications, files) without
 * breaking existing plugins.
 *
 * <p>Stable for 1.x: plugins call it, only the platform implements it. A minor version may add
 * methods (an existing plugin keeps working, it just does not call them); no method of 1.0 is
 * removed or changed before 2.0. A plugin's unit tests take the test kit's double
 * ({@code UnitTestContext}) instead of implementing it.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
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
     * decide who may download the files of this plugin's records.
     */
    Attachments attachments();

    /**
     * Notifications in the platform and by e-mail, in each recipient's language, from templates in
     * this plugin's message bundles.
     */
    Notifications notifications();

    /**
     * Invitations of new users into the platform (accounts in the identity provider), with the same
     * permission checks as the platform's users screen.
     */
    UserInvitations users();

    /**
     * The platform's bounded reader of uploaded CSV and XLSX files: use it for every spreadsheet a
     * user uploads instead of a parser of your own.
     */
    Spreadsheets spreadsheets();

    /**
     * The platform's one CSV writer: UTF-8 with a byte-order mark, headers in the user's language,
     * formula defusing and quoting. Use it for every CSV file a user downloads instead of writing CSV
     * by hand.
     */
    CsvTables csv();

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

    // Shared platform services of issue 14, section 2 (references, topics, data quality).

    /**
     * Shows references to records of other plugins: the title while the owning plugin runs, a
     * translated "record of …, not available" when it does not.
     */
    RecordReferences references();

    /** The smart-city topics the secretariat maintains (read only). */
    Topics topics();

    /** Records data-quality findings about this plugin's seed or records for the secretariat. */
    DataQuality dataQuality();
    // Public endpoints and client scopes (issue 14, section 2).

    /**
     * The scopes of the client calling for itself in the current request: an integration client's
     * token without a person (e.g. {@link ApiAccess#DIRECTORY_READ} of {@code wego-integration}); empty
     * for a person, an anonymous caller or outside a request. The platform has already let the call in
     * by the endpoint's {@link ApiAccess#clientScopes()}; a service that checks its caller itself uses
     * this to serve such a client what the scope covers (public fields), as {@link #currentUser()} is
     * empty for it.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    Set<String> clientScopes();
    /**
     * The platform's iCalendar writer: invitations, updates (a higher sequence) and cancellations of
     * events with UIDs stable for this plugin, e.g. to attach to an e-mail. Pure: it stores nothing.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    Calendars calendars();

    /**
     * The users' time zones (chosen on the account page beside the language): show times in {@link
     * TimeZones#currentUser()}.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    TimeZones timeZones();

    /**
     * Codes for documents this plugin issues (certificates, attendance records) that anyone can check
     * on the platform's public page {@code verify}, and revoke.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    VerifiableDocuments documents();
}
