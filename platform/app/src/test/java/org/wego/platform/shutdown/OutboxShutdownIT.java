package org.wego.platform.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.i18n.Translations;
import org.wego.plugin.api.Notifications;
import org.wego.teststack.MailSink;
import org.wego.teststack.TestStack;

/**
 * Stops the platform while the outbox is sending, counting the mails at the real mail sink: the mail in
 * flight is sent and recorded before the pool closes (none lost, none unrecorded), the shutdown logs no
 * error, and a restart on the same database sends the rest, each mail exactly once.
 */
class OutboxShutdownIT {

    private static final int MAILS = 300;

    private final TestStack stack = TestStack.current();

    @Test
    void aStopMidSendLosesNoMailAndTheRestartSendsNoneTwice() {
        Map<String, Object> settings = settings();
        String address = "shutdown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(
                (String) settings.get("spring.datasource.url"),
                (String) settings.get("spring.datasource.username"),
                (String) settings.get("spring.datasource.password")));

        ConfigurableApplicationContext first = boot(settings);
        queue(first, address);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(database, address) >= 5);

        var log = new ListAppender<ILoggingEvent>();
        log.start();
        root().addAppender(log);
        try {
            first.close();
        } finally {
            root().detachAppender(log);
            log.stop();
        }

        int sentAtStop = sent(database, address);
        assertThat(sentAtStop)
                .as("stopped mid-send: the sender stopped taking mail")
                .isLessThan(MAILS);
        assertThat(stack.mailSink().inbox(address))
                .as("every mail that left was recorded as sent before the pool closed")
                .hasSize(sentAtStop);
        assertThat(log.list)
                .as("the shutdown logs no warning or error (e.g. 'Connection is closed')")
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(OutboxShutdownIT::describe)
                .isEmpty();

        ConfigurableApplicationContext second = boot(settings);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> sent(database, address) == MAILS);
        } finally {
            second.close();
        }
        assertThat(stack.mailSink().inbox(address))
                .extracting(MailSink.ReceivedMail::subject)
                .as("after the restart every mail went out exactly once")
                .hasSize(MAILS)
                .doesNotHaveDuplicates();
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        TestStackProperties.apply((name, value) -> settings.put(name, value.get()), OutboxShutdownIT.class);
        settings.put("server.port", 0);
        // Mail waits for the wake-up after the commit, not for a polling round.
        settings.put("wego.mail.send-interval", "1h");
        return settings;
    }

    private static ConfigurableApplicationContext boot(Map<String, Object> settings) {
        return new SpringApplicationBuilder(WegoApplication.class)
                .run(settings.entrySet().stream()
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    private static void queue(ConfigurableApplicationContext platform, String address) {
        platform.getBean(Translations.class)
                .addBundle("notifications-it/templates", OutboxShutdownIT.class.getClassLoader());
        Notifications notifications = platform.getBean(Notifications.class);
        new TransactionTemplate(platform.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (int i = 1; i <= MAILS; i++) {
                notifications.email(address, Locale.ENGLISH, "it.webinar", List.of(), "course " + i);
            }
        });
    }

    private static int sent(JdbcClient database, String address) {
        return database.sql("SELECT COUNT(*) FROM platform_outbox WHERE address = :address AND status = 'SENT'")
                .param("address", address)
                .query(Integer.class)
                .single();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String describe(ILoggingEvent event) {
        return event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                + (event.getThrowableProxy() == null
                        ? ""
                        : " (" + event.getThrowableProxy().getMessage() + ")");
    }
}
