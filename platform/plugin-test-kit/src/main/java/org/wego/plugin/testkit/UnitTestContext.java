package org.wego.plugin.testkit;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.wego.platform.calendars.CalendarWriter;
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

/**
 * A {@link PluginContext} for a plugin's unit tests (no platform, no I/O): a user, the permissions
 * the test decides, the system clock, the platform's own bounded spreadsheet reader and calendar writer (pure),
 * verifiable documents in memory (certificate PDFs drawn by the platform's renderer), and nothing else. Any other service a test reaches fails it
 * with an {@link AssertionError} naming the service, e.g. proving that refused input wrote nothing.
 */
public final class UnitTestContext {

    /** Services build their JDBC client from it at construction; any use fails the test. */
    private static final DataSource UNUSED_DATABASE = (DataSource) Proxy.newProxyInstance(
            DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                throw unused("the database");
            });

    private static final Spreadsheets SPREADSHEETS = new SpreadsheetReader();

    private static final CsvTables CSV = new CsvWriter();
    /** Every user in UTC, the zone the unit tests' times are written in. */
    private static final TimeZones FIXED_ZONES = new TimeZones() {
        @Override
        public ZoneId platformZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public ZoneId currentUser() {
            return ZoneOffset.UTC;
        }

        @Override
        public ZoneId of(String userId) {
            return ZoneOffset.UTC;
        }
    };

    private UnitTestContext() {}

    /** The platform's CSV writer, the same as {@link PluginContext#csv()} gives: for tests of a plugin's exports. */
    public static CsvTables csv() {
        return CSV;
    }

    /** The platform's bounded spreadsheet reader, the same as {@link PluginContext#spreadsheets()} gives. */
    public static Spreadsheets spreadsheets() {
        return SPREADSHEETS;
    }

    /**
     * The platform's iCalendar writer for a plugin, stamping with a clock the test fixes, the same
     * writer {@link PluginContext#calendars()} gives.
     */
    public static Calendars calendars(String pluginId, Clock clock) {
        return new CalendarWriter(pluginId, clock);
    }

    /** A context of this plugin for this user ({@code null}: anonymous) with these permissions. */
    public static PluginContext of(String pluginId, @Nullable SignedInUser user, Permissions permissions) {
        // One in-memory registry per context, so codes issued in a test verify in the same test.
        var documents = new InMemoryDocuments(pluginId);
        return new PluginContext() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public Optional<SignedInUser> currentUser() {
                return Optional.ofNullable(user);
            }

            @Override
            public Permissions permissions() {
                return permissions;
            }

            @Override
            public OrganisationDirectory organisations() {
                throw unused("the organisation directory");
            }

            @Override
            public OrganisationRegistry registry() {
                throw unused("the organisation registry");
            }

            @Override
            public Approvals approvals() {
                throw unused("approvals");
            }

            @Override
            public AuditLog audit() {
                throw unused("the audit log");
            }

            @Override
            public Spreadsheets spreadsheets() {
                return SPREADSHEETS;
            }

            @Override
            public CsvTables csv() {
                return CSV;
            }

            @Override
            public Attachments attachments() {
                throw unused("attachments");
            }

            @Override
            public Notifications notifications() {
                throw unused("notifications");
            }

            @Override
            public UserInvitations users() {
                throw unused("user invitations");
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public DataSource dataSource() {
                return UNUSED_DATABASE;
            }

            @Override
            public Messages messages(Locale locale) {
                throw unused("messages");
            }

            @Override
            public RecordReferences references() {
                throw unused("record references");
            }

            @Override
            public Topics topics() {
                throw unused("the topic list");
            }

            @Override
            public DataQuality dataQuality() {
                throw unused("data-quality findings");
            }

            @Override
            public Set<String> clientScopes() {
                return Set.of();
            }

            @Override
            public TimeZones timeZones() {
                return FIXED_ZONES;
            }

            @Override
            public VerifiableDocuments documents() {
                return documents;
            }

            @Override
            public Calendars calendars() {
                return new CalendarWriter(pluginId, Clock.systemUTC());
            }
        };
    }

    private static AssertionError unused(String service) {
        return new AssertionError("the code under test reached " + service + ", which this unit test does not expect");
    }
}
