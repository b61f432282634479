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

/** The training plugin's services and the platform's inbox, called as users through the test kit. */
final class TrainingCalls {

    static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");

    final PluginCalls calls;
    final JdbcClient jdbc;

    TrainingCalls(RunningPlatform platform) {
        calls = platform.calls();
        jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
    }

    AutoCloseable as(Role role, OrganisationKey organisation) {
        return calls.as(role, organisation);
    }

    SignedInUser currentUser() {
        return calls.platformBean(CurrentUser.class).get().orElseThrow();
    }

    /** The secretariat's officer, as the inbox wants it. */
    SignedInUser secretariat() {
        try (var acting = as(Role.SECRETARIAT, SECRETARIAT)) {
            return currentUser();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void decide(SignedInUser officer, long request, ApprovalStatus outcome) {
        calls.platformBean(ApprovalInbox.class)
                .decide(officer, request, outcome, outcome == ApprovalStatus.APPROVED ? null : "Not this time");
    }

    /** Member cities of the registry, of one regional office's region or of any. */
    List<Organisation> cities(OrganisationKey regionalOffice, int limit) {
        return calls.platformBean(OrganisationDirectory.class)
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.CITY, null, null, null, regionalOffice, 0, limit));
    }

    /** Creates an open programme as the secretariat. */
    long openProgramme(String title, int capacity, int quota) throws Exception {
        try (var acting = as(Role.SECRETARIAT, SECRETARIAT)) {
            return createProgramme(title, capacity, quota);
        }
    }

    /** Creates an open programme as the current user. */
    long createProgramme(String title, int capacity, int quota) {
        return (Long) programmes("create", programmeInput(title, capacity, quota));
    }

    /** An open programme's input, starting in two months. */
    Object programmeInput(String title, int capacity, int quota) {
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

    Object trainee(String name, OrganisationKey organisation, String email) {
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

    Object programmes(String method, Object... arguments) {
        return calls.bean(Programmes.class).invoke(method, arguments);
    }

    Object nominations(String method, Object... arguments) {
        return calls.bean(Nominations.class).invoke(method, arguments);
    }

    long requestOf(long nomination) {
        return jdbc.sql("SELECT approval_request_id FROM training_nomination WHERE id = :id")
                .param("id", nomination)
                .query(Long.class)
                .single();
    }

    String statusOf(long nomination) {
        return jdbc.sql("SELECT status FROM training_nomination WHERE id = :id")
                .param("id", nomination)
                .query(String.class)
                .single();
    }

    /** The programme's nominations: id, organisation, status, waitlist position. */
    List<Map<String, Object>> seats(long programme) {
        return jdbc.sql("""
                        SELECT id, organisation_key, status, waitlist_position FROM training_nomination
                        WHERE programme_id = :id ORDER BY id""").param("id", programme).query().listOfRows();
    }
}
