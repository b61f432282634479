package org.wego.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.i18n.Translations;
import org.wego.platform.preferences.UserPreferences;
import org.wego.plugin.api.MailAttachment;
import org.wego.plugin.api.Notifications;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.TestStack;

/** Notifications in the recipient's language, mail through the real SMTP sink, and nothing for a rollback. */
@SpringBootTest(classes = WegoApplication.class)
class NotificationsIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, NotificationsIT.class);
    }

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    Outbox outbox;

    @Autowired
    UserPreferences preferences;

    @Autowired
    Translations translations;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    private final TestStack stack = TestStack.current();

    @BeforeEach
    void templates() {
        translations.removeBundles(NotificationsIT.class.getClassLoader());
        translations.addBundle("notifications-it/templates", NotificationsIT.class.getClassLoader());
    }

    private String newUser(String organisation, Role role) {
        String username = "notified-" + UUID.randomUUID().toString().substring(0, 8);
        return stack.realmAdmin().createUser(username, "Password-1234", List.of(role.claimValue()), organisation);
    }

    private static String emailOf(String username) {
        return username + "@test.wego.example.org";
    }

    private SignedInUser reader(String id, Locale locale) {
        return new SignedInUser(
                id, id, id, "x@example.org", Set.of(Role.MEMBER_CITY), OrganisationKey.of("vn-hanoi"), locale);
    }

    @Test
    void aUserIsNotifiedInTheirChosenLanguageInTheAppAndByMail() {
        String id = newUser("vn-hanoi", Role.MEMBER_CITY);
        String username = stack.realmAdmin().user(id).path("username").asString();
        preferences.chooseLanguage(id, Locale.KOREAN);

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(
                        status -> notifications.notifyUser(id, "it.decided", "approvals/7", "R-7", "Linh"));

        assertThat(inbox.unread(reader(id, Locale.KOREAN))).isEqualTo(1);
        var notification = inbox.list(reader(id, Locale.KOREAN), false, 0, 10).getFirst();
        assertThat(notification.subject()).isEqualTo("요청 R-7이(가) 승인되었습니다");
        assertThat(notification.link()).isEqualTo("approvals/7");
        assertThat(inbox.list(reader(id, Locale.ENGLISH), false, 0, 10)
                        .getFirst()
                        .subject())
                .as("shown in the reader's current language")
                .isEqualTo("Your request R-7 was approved");
        assertThat(inbox.markRead(reader("someone-else", Locale.ENGLISH), notification.id()))
                .as("another user's id changes nothing")
                .isFalse();
        assertThat(inbox.markRead(reader(id, Locale.KOREAN), notification.id())).isTrue();
        assertThat(inbox.unread(reader(id, Locale.KOREAN))).isZero();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(stack.mailSink().inbox(emailOf(username)))
                        .singleElement()
                        .satisfies(mail -> {
                            assertThat(mail.subject()).isEqualTo("요청 R-7이(가) 승인되었습니다");
                            assertThat(mail.content()).contains("Linh님").contains("/approvals/7");
                        }));
        assertThat(outbox.read(secretariat(), 0, 50))
                .filteredOn(e -> e.recipient().equals(emailOf(username)))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("SENT"));
    }

    @Test
    void nothingIsStoredOrSentWhenTheChangeRollsBack() throws Exception {
        String id = newUser("vn-hanoi", Role.MEMBER_CITY);
        String username = stack.realmAdmin().user(id).path("username").asString();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.notifyUser(id, "it.decided", null, "R-8", "Linh");
            status.setRollbackOnly();
        });

        assertThat(inbox.count(reader(id, Locale.ENGLISH), false)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_outbox WHERE user_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
        Thread.sleep(2_000);
        assertThat(stack.mailSink().inbox(emailOf(username))).isEmpty();
    }

    @Test
    void anOrganisationsUsersWithTheRoleAreNotified() {
        String member = newUser("ke-nairobi", Role.MEMBER_CITY);
        String office = newUser("ke-nairobi", Role.REGIONAL_OFFICE);

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> notifications.notifyOrganisation(
                        OrganisationKey.of("ke-nairobi"),
                        Set.of(Role.MEMBER_CITY),
                        "it.decided",
                        null,
                        "R-9",
                        "Nairobi"));

        assertThat(inbox.unread(reader(member, Locale.ENGLISH))).isEqualTo(1);
        assertThat(inbox.unread(reader(office, Locale.ENGLISH))).isZero();
    }

    @Test
    void aTraineeWithoutAccountGetsAMailInTheirLanguageWithTheAttachment() throws Exception {
        String address = "trainee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> notifications.email(
                        address,
                        Locale.KOREAN,
                        "it.webinar",
                        List.of(new MailAttachment("webinar.ics", "text/calendar; charset=UTF-8", ics)),
                        "Smart Cities 101"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(attachmentNames(address)).containsExactly("webinar.ics"));
        assertThat(stack.mailSink().inbox(address).getFirst().subject()).isEqualTo("Smart Cities 101 좌석 안내");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsStored() {
        var template = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> template.executeWithoutResult(
                        s -> notifications.notifyUser("u", "it.decided", "javascript:alert(1)", "x", "y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.executeWithoutResult(
                        s -> notifications.notifyUser("u", "it.decided", "https://evil.example.org/x", "x", "y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.executeWithoutResult(s -> notifications.notifyUser("u", "it.missing", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.executeWithoutResult(s ->
                        notifications.email("Bob <bob@example.org>", Locale.ENGLISH, "it.webinar", List.of(), "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("../../etc/passwd", "text/plain", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.count(reader("u", Locale.ENGLISH), false)).isZero();
    }

    private List<String> attachmentNames(String address) throws Exception {
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect(stack.smtpHost(), stack.imapPort(), address, "any");
            try (Folder folder = store.getFolder("INBOX")) {
                folder.open(Folder.READ_ONLY);
                List<String> names = new java.util.ArrayList<>();
                for (var message : folder.getMessages()) {
                    if (message.getContent() instanceof Multipart multipart) {
                        for (int i = 0; i < multipart.getCount(); i++) {
                            String name = multipart.getBodyPart(i).getFileName();
                            if (name != null) {
                                names.add(name);
                            }
                        }
                    }
                }
                return names;
            }
        }
    }

    private static SignedInUser secretariat() {
        return new SignedInUser(
                "s1",
                "s1",
                "s1",
                "s@example.org",
                Set.of(Role.SECRETARIAT),
                OrganisationKey.of("wego-secretariat"),
                Locale.ENGLISH);
    }
}
