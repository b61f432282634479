package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.WegoApplication;
import org.wego.platform.demo.DemoDatabaseRefusal;
import org.wego.platform.demo.DemoLoader;

/**
 * {@code ./wego run --demo} in a test's JVM: a platform with the five plugins boots with {@code
 * wego.demo.enabled} on a database it creates, which it marks as a demo database, and each plugin's demo
 * set is loaded once through the plugin's own services: training's programme with its seats taken and a
 * waitlist, a certificate that verifies, membership's approved profile change, the notice board's notice,
 * the events plugin's event with Hanoi taking part, the agreements plugin's MOU with Hanoi near its notice
 * deadline, each flagged and titled "Demo …". A database without the
 * mark refuses demo data.
 */
class DemoDataIT {

    private static ConfigurableApplicationContext platform;
    private static JdbcClient jdbc;

    @BeforeAll
    static void bootWithDemoData() throws Exception {
        Path folder = Files.createTempDirectory("wego-demo-plugins");
        for (Path jar : RunningPlatform.PLUGINS) {
            Files.copy(jar, folder.resolve(jar.getFileName()));
        }
        var arguments = new ArrayList<>(List.of(org.wego.plugin.testkit.RunningPlatform.bootArguments("demo", folder)));
        arguments.add("--wego.demo.enabled=true");
        platform = new SpringApplicationBuilder(WegoApplication.class).run(arguments.toArray(String[]::new));
        jdbc = platform.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theDatabaseCreatedForTheDemoIsMarkedAndEveryPluginsSetIsLoadedOnce() {
        assertThat(platform.getBean(DemoLoader.class).isDemoDatabase()).isTrue();
        assertThat(jdbc.sql("SELECT plugin_id FROM platform_demo_load ORDER BY plugin_id")
                        .query(String.class)
                        .list())
                .containsExactly("agreements", "events", "membership", "notice-board", "training");
        List<String> titles = jdbc.sql("SELECT title FROM platform_demo_record")
                .query(String.class)
                .list();
        assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title).startsWith("Demo "));
        // Loaded once: a second load of a set already in this database adds nothing.
        int flagged = titles.size();
        assertThat(platform.getBean(DemoLoader.class).load("training", demo -> {
                    throw new AssertionError("a loaded set is not loaded again");
                }))
                .isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_demo_record")
                        .query(Integer.class)
                        .single())
                .isEqualTo(flagged);
    }

    @Test
    void trainingHasAProgrammeWithItsSeatsTakenAndAWaitlistAndACertificateToVerify() {
        long programme = flagged("training", "programme", "Demo Smart Mobility Workshop");
        assertThat(jdbc.sql("SELECT status, capacity FROM training_programme WHERE id = :id")
                        .param("id", programme)
                        .query()
                        .singleRow())
                .containsEntry("status", "OPEN")
                .containsEntry("capacity", 2);
        assertThat(jdbc.sql("""
                                SELECT status FROM training_nomination WHERE programme_id = :id ORDER BY status""").param("id", programme).query(String.class).list())
                .containsExactly("ENROLLED", "ENROLLED", "WAITLISTED");
        // Made through the services: each nomination was decided in the inbox and is in the audit trail.
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM platform_approval_request r JOIN training_nomination n
                                ON n.approval_request_id = r.id WHERE n.programme_id = :id AND r.status = 'APPROVED'""").param("id", programme).query(Integer.class).single())
                .isEqualTo(3);
        assertThat(audited("training.programme", Long.toString(programme))).isPositive();

        List<Map<String, Object>> certificates = records("training", "certificate");
        assertThat(certificates).hasSize(1);
        String code = (String) certificates.getFirst().get("record_id");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_certificate WHERE code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(certificates.getFirst().get("title")).asString().startsWith("Demo certificate " + code);
    }

    @Test
    void membershipHasAProfileChangeApprovedInTheInbox() {
        long request = flagged("membership", "profile-change-request", "Demo profile change of Hanoi: head of city");
        assertThat(jdbc.sql("SELECT status FROM platform_approval_request WHERE id = :id")
                        .param("id", request)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT head_name FROM membership_profile WHERE organisation_key = 'vn-hanoi'")
                        .query(String.class)
                        .single())
                .isEqualTo("Demo Head of City");
    }

    @Test
    void theNoticeBoardHasADemoNotice() {
        long notice = flagged("notice-board", "notice", "Demo notice: welcome to the WeGO Platform demo");
        assertThat(jdbc.sql("SELECT title FROM notice_board_notice WHERE id = :id")
                        .param("id", notice)
                        .query(String.class)
                        .single())
                .isEqualTo("Demo notice: welcome to the WeGO Platform demo");
    }

    @Test
    void theEventsPluginHasADemoEventWithHanoiTakingPartRecordedAsTheSecretariatWould() {
        long event = flagged("events", "event", "Demo WeGO Smart City Week");
        assertThat(jdbc.sql("SELECT title_en, wego_role, source FROM events_event WHERE id = :id")
                        .param("id", event)
                        .query()
                        .singleRow())
                .containsEntry("title_en", "Demo WeGO Smart City Week")
                .containsEntry("wego_role", "HOST")
                .containsEntry("source", null);
        assertThat(jdbc.sql("SELECT organisation_key FROM events_participant WHERE event_id = :id")
                        .param("id", event)
                        .query(String.class)
                        .list())
                .contains("vn-hanoi");
        // Recorded through the plugin's service, so checked and in the audit trail like the secretariat's own.
        assertThat(audited("events.event", Long.toString(event))).isPositive();
    }

    @Test
    void theAgreementsPluginHasADemoMouWithHanoiNearItsNoticeDeadlineRecordedAsTheSecretariatWould() {
        long agreement = flagged("agreements", "agreement", "Demo MOU on smart-city cooperation with Hanoi");
        var row = jdbc.sql("""
                        SELECT title_en, title_ko, stage, source FROM agreements_agreement
                        WHERE id = :id""").param("id", agreement).query().singleRow();
        assertThat(row)
                .containsEntry("title_en", "Demo MOU on smart-city cooperation with Hanoi")
                .containsEntry("stage", "SIGNED")
                .containsEntry("source", null);
        assertThat((String) row.get("title_ko")).isNotBlank();
        // Its notice deadline (the expiry less the notice period) is near, not past: within the next two months.
        assertThat(jdbc.sql("""
                                SELECT DATEDIFF(DATE_SUB(expiry_date, INTERVAL notice_days DAY), CURDATE())
                                FROM agreements_agreement WHERE id = :id""").param("id", agreement).query(Integer.class).single())
                .isBetween(1, 60);
        assertThat(jdbc.sql("SELECT organisation_key FROM agreements_party WHERE agreement_id = :id")
                        .param("id", agreement)
                        .query(String.class)
                        .list())
                .containsExactly("vn-hanoi");
        assertThat(audited("agreements.agreement", Long.toString(agreement))).isPositive();
    }

    @Test
    void aDatabaseWithoutTheDemoMarkRefusesDemoData() {
        var transaction = new TransactionTemplate(platform.getBean(PlatformTransactionManager.class));
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly(); // the mark comes back with the rollback
            jdbc.sql("DELETE FROM platform_demo_database").update();
            DemoLoader loader = platform.getBean(DemoLoader.class);
            assertThat(loader.isDemoDatabase()).isFalse();
            assertThatThrownBy(() -> loader.load("guarded", demo -> demo.flag("thing", "1", "Demo thing")))
                    .isInstanceOf(DemoDatabaseRefusal.class)
                    .hasMessageContaining("not created by ./wego run --demo");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_demo_record WHERE plugin_id = 'guarded'")
                            .query(Integer.class)
                            .single())
                    .isZero();
        });
    }

    @Test
    void aRecordNotTitledDemoIsRefusedAndTheWholeSetRolledBack() {
        DemoLoader loader = platform.getBean(DemoLoader.class);
        assertThatThrownBy(() -> loader.load("untitled", demo -> {
                    demo.flag("thing", "1", "Demo thing");
                    demo.flag("thing", "2", "A thing");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with 'Demo '");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_demo_record WHERE plugin_id = 'untitled'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_demo_load WHERE plugin_id = 'untitled'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theMarkIsSetByTheMigrationThatCreatedTheDatabase() {
        // The mark's change set runs once, in the Liquibase deployment that created every table: a database
        // made by an earlier run has a second deployment id by then, and stays unmarked for good.
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT DEPLOYMENT_ID) FROM platform_changelog")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                                SELECT EXECTYPE FROM platform_changelog WHERE ID = 'platform-0251-demo-mark'""").query(String.class).single()).isEqualTo("EXECUTED");
    }

    private long flagged(String plugin, String type, String title) {
        return Long.parseLong(jdbc.sql("""
                        SELECT record_id FROM platform_demo_record
                        WHERE plugin_id = :plugin AND type = :type AND title = :title""")
                .param("plugin", plugin)
                .param("type", type)
                .param("title", title)
                .query(String.class)
                .single());
    }

    private List<Map<String, Object>> records(String plugin, String type) {
        return jdbc.sql("SELECT record_id, title FROM platform_demo_record WHERE plugin_id = :plugin AND type = :type")
                .param("plugin", plugin)
                .param("type", type)
                .query()
                .listOfRows();
    }

    private int audited(String entity, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = :entity AND entity_id = :id")
                .param("entity", entity)
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
