package org.wego.platform.plugins;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.wego.platform.calendars.CalendarWriter;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.spreadsheets.CsvWriter;
import org.wego.platform.spreadsheets.SpreadsheetReader;
import org.wego.plugin.api.Approvals;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.Calendars;
import org.wego.plugin.api.CsvTables;
import org.wego.plugin.api.DataQuality;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Notifications;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordReferences;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Spreadsheets;
import org.wego.plugin.api.TimeZones;
import org.wego.plugin.api.Topics;
import org.wego.plugin.api.UserInvitations;
import org.wego.plugin.api.VerifiableDocuments;

/** The platform's services as one plugin sees them. */
record ScopedPluginContext(
        String pluginId,
        CurrentUser signedIn,
        PluginApiServices services,
        Approvals approvals,
        Attachments attachments,
        Clock clock,
        DataSource dataSource,
        Translations translations,
        DataQuality dataQuality)
        implements PluginContext {

    /** Stateless and pure: one reader serves every plugin. */
    private static final Spreadsheets SPREADSHEETS = new SpreadsheetReader();

    /** Stateless too: one CSV writer serves every plugin. */
    private static final CsvTables CSV = new CsvWriter();

    @Override
    public Optional<SignedInUser> currentUser() {
        return signedIn.get();
    }

    @Override
    public Permissions permissions() {
        return services.get(Permissions.class);
    }

    @Override
    public OrganisationDirectory organisations() {
        return services.get(OrganisationDirectory.class);
    }

    @Override
    public OrganisationRegistry registry() {
        return services.get(OrganisationRegistry.class);
    }

    @Override
    public AuditLog audit() {
        return services.get(AuditLog.class);
    }

    @Override
    public Spreadsheets spreadsheets() {
        return SPREADSHEETS;
    }

    /** The platform's one CSV writer, shared. */
    @Override
    public CsvTables csv() {
        return CSV;
    }

    @Override
    public Notifications notifications() {
        return services.get(Notifications.class);
    }

    @Override
    public UserInvitations users() {
        return services.get(UserInvitations.class);
    }

    @Override
    public Messages messages(Locale locale) {
        return translations.messages(locale);
    }

    @Override
    public RecordReferences references() {
        return services.get(RecordReferences.class);
    }

    @Override
    public Topics topics() {
        return services.get(Topics.class);
    }

    @Override
    public Set<String> clientScopes() {
        return signedIn.clientScopes();
    }

    @Override
    public Calendars calendars() {
        return new CalendarWriter(pluginId, clock);
    }

    @Override
    public TimeZones timeZones() {
        return services.get(TimeZones.class);
    }

    @Override
    public VerifiableDocuments documents() {
        return services.documentsFor(pluginId);
    }
}
