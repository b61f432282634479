package org.wego.plugins.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.nominations.TraineeInput;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/** The training plugin's services and the platform's inbox, called as users through the test kit. */
public final class TrainingCalls {

    public static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");

    public final PluginCalls calls;
    public final JdbcClient jdbc;

    public TrainingCalls(RunningPlatform platform) {
        calls = platform.calls();
        jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
    }

    public AutoCloseable as(Role role, OrganisationKey organisation) {
        return calls.as(role, organisation);
    }

    SignedInUser currentUser() {
        return calls.platformBean(CurrentUser.class).get().orElseThrow();
    }

    /** The secretariat's officer, as the inbox wants it. */
    public SignedInUser secretariat() {
        try (var acting = as(Role.SECRETARIAT, SECRETARIAT)) {
            return currentUser();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void decide(SignedInUser officer, long request, ApprovalStatus outcome) {
        calls.platformBean(ApprovalInbox.class)
                .decide(officer, request, outcome, outcome == ApprovalStatus.APPROVED ? null : "Not this time");
    }

    /** Member cities of the registry, of one regional office's region or of any. */
    public List<Organisation> cities(OrganisationKey regionalOffice, int limit) {
        return calls.platformBean(OrganisationDirectory.class)
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.CITY, null, null, null, regionalOffice, 0, limit));
    }

    /** Creates an open programme as the secretariat. */
    public long openProgramme(String title, int capacity, int quota) throws Exception {
        try (var acting = as(Role.SECRETARIAT, SECRETARIAT)) {
            return createProgramme(title, capacity, quota);
        }
    }

    /** Creates an open programme as the current user. */
    public long createProgramme(String title, int capacity, int quota) {
        return (Long) programmes("create", programmeInput(title, capacity, quota));
    }

    /** An open programme's input, starting in two months. */
    public Object programmeInput(String title, int capacity, int quota) {
        LocalDate start = LocalDate.now().plusMonths(2);
        Object input = calls.make(
                ProgrammeInput.class,
                title,
                "연수 " + title,
                "Five days on smart-city data.",
                null,
                OrganisationKey.of("kr-seoul"),
                calls.make(ProgrammeMode.class, "ONLINE"),
                "https://learn.example.org/" + title.hashCode(),
                "en",
                start,
                start.plusDays(4),
                start.minusDays(14),
                capacity,
                quota,
                calls.make(ProgrammeStatus.class, "OPEN"));
        return input;
    }

    public Object trainee(String name, OrganisationKey organisation, String email) {
        return calls.make(
                TraineeInput.class,
                name,
                "Deputy director",
                "Smart city division",
                organisation,
                email,
                "en",
                calls.make(Gender.class, "FEMALE"));
    }

    public Object programmes(String method, Object... arguments) {
        return calls.bean(Programmes.class).invoke(method, arguments);
    }

    public Object nominations(String method, Object... arguments) {
        return calls.bean(Nominations.class).invoke(method, arguments);
    }

    public long requestOf(long nomination) {
        return jdbc.sql("SELECT approval_request_id FROM training_nomination WHERE id = :id")
                .param("id", nomination)
                .query(Long.class)
                .single();
    }

    public String statusOf(long nomination) {
        return jdbc.sql("SELECT status FROM training_nomination WHERE id = :id")
                .param("id", nomination)
                .query(String.class)
                .single();
    }

    /** The programme's nominations: id, organisation, status, waitlist position. */
    public List<Map<String, Object>> seats(long programme) {
        return jdbc.sql("""
                        SELECT id, organisation_key, status, waitlist_position FROM training_nomination
                        WHERE programme_id = :id ORDER BY id""").param("id", programme).query().listOfRows();
    }
}
