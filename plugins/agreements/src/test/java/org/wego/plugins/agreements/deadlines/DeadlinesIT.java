package org.wego.plugins.agreements.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.UserInvitations;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.PluginCalls.QueuedReminder;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * The agreements' deadlines on the real stack (MariaDB, Keycloak's users, the mail sink): each reminder queued
 * once however the sweeps race and however often they run, mailed in each recipient's language, nothing for a
 * terminated agreement; and the calendar feed, served for a live token only.
 */
@WegoPluginTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the reminders' test restarts the platform: last
class DeadlinesIT {

    /** Users this class invites into the shared realm, deleted after it (the stack outlives the class). */
    private static final List<String> INVITED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void removeInvitedUsers() {
        var realm = org.wego.teststack.TestStack.current().realmAdmin();
        INVITED.forEach(realm::deleteUser);
    }

    private static final OrganisationKey CHENGDU = OrganisationKey.of("ro-chengdu");
    private static final String SECRETARIAT_MAIL = "minji.park@secretariat.wego.example.org";

    @Test
    @Order(2)
    void eachReminderIsQueuedOnceAndMailedInTheRecipientsLanguage(RunningPlatform platform) throws Exception {
        PluginCalls calls = platform.calls();
        var plugin = calls.inPlugin(DeadlineReminders.class, DeadlineCalls.class);
        assertThat(calls.declaresReminders())
                .as("the platform sweeps the agreements' reminders")
                .isTrue();
        LocalDate today = LocalDate.now(calls.platformBean(Clock.class));
        long nano = System.nanoTime();
        String notice = "Notice " + nano;
        String expiring = "Expiring " + nano;
        String ended = "Ended " + nano;
        String officerMail = "officer-" + nano + "@chengdu-office.wego.example.org";
        long noticeId;
        long expiringId;
        long endedId;
        List<Reminder> reminders;
        try (var acting = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            // The responsible officer reads Korean: an office colleague, so the secretariat's copy is apart.
            String officer = calls.platformBean(UserInvitations.class)
                    .invite(CHENGDU, Role.REGIONAL_OFFICE, "Jiwoo", "Kim", officerMail, Locale.KOREAN);
            INVITED.add(officer); // removed after the class: other modules' tests count Chengdu's office users
            // Its notice deadline 30 days from today (a lead time); the expiry of the next today; a terminated one.
            noticeId = (Long) call(plugin, "agreement", notice, "협약 " + notice, today.plusDays(120), 90, officer);
            expiringId = (Long) call(plugin, "agreement", expiring, "협약 " + expiring, today, null, null);
            endedId = (Long) call(plugin, "agreement", ended, "협약 " + ended, today.plusDays(37), 30, officer);
            assertThat(call(plugin, "terminate", endedId)).isEqualTo("TERMINATED");
            @SuppressWarnings("unchecked")
            List<Reminder> declared = (List<Reminder>) call(plugin, "reminders");
            reminders = declared;
        }
        assertThat(reminders).extracting(Reminder::name).containsExactly("notice-deadline", "expiry");
        assertThat(reminders.getFirst().daysBefore()).containsExactly(90, 30, 7);
        assertThat(reminders.getLast().daysBefore()).containsExactly(0);

        // Two schedulers racing: two sweeps at the same moment queue each reminder once between them.
        var queued = new ArrayList<QueuedReminder>();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var sweeps = new ArrayList<Future<List<QueuedReminder>>>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(pool.submit(() -> {
                    start.await();
                    return calls.sweepReminders(reminders);
                }));
            }
            start.countDown();
            for (var sweep : sweeps) {
                queued.addAll(sweep.get());
            }
        }
        List<String> ours = List.of(Long.toString(noticeId), Long.toString(expiringId), Long.toString(endedId));
        assertThat(queued)
                .filteredOn(q -> ours.contains(q.recordId()))
                .containsExactlyInAnyOrder(
                        new QueuedReminder("notice-deadline", Long.toString(noticeId), today.plusDays(30), 30),
                        new QueuedReminder("expiry", Long.toString(expiringId), today, 0));
        // A later sweep (the next hour) queues nothing.
        assertThat(calls.sweepReminders(reminders))
                .extracting(QueuedReminder::recordId)
                .doesNotContainAnyElementsOf(ours);
        awaitMail(calls, officerMail, notice);

        // A restart in between: the platform stops and starts again on the same database. Its sweep queues
        // nothing of ours again, and does sweep (a deadline recorded after the restart is queued).
        try (var again = platform.restarted()) {
            PluginCalls after = again.calls();
            var pluginAfter = after.inPlugin(DeadlineReminders.class, DeadlineCalls.class);
            long lateId;
            List<Reminder> anew;
            try (var acting = after.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
                lateId = (Long) call(pluginAfter, "agreement", "Late " + nano, null, today.plusDays(37), 30, null);
                @SuppressWarnings("unchecked")
                List<Reminder> declared = (List<Reminder>) call(pluginAfter, "reminders");
                anew = declared;
            }
            assertThat(after.sweepReminders(anew))
                    .filteredOn(q -> ours.contains(q.recordId()) || q.recordId().equals(Long.toString(lateId)))
                    .containsExactly(
                            new QueuedReminder("notice-deadline", Long.toString(lateId), today.plusDays(7), 7));

            // Delivered through the outbox, once each, in the recipient's language, restart or not.
            awaitMail(after, SECRETARIAT_MAIL, expiring);
            Thread.sleep(3_000); // a second copy would have come by now
            assertThat(subjects(after, officerMail, notice))
                    .containsExactly("협약 \"협약 " + notice + "\"의 해지 통보 마감까지 30일 남았습니다");
            assertThat(subjects(after, SECRETARIAT_MAIL, notice))
                    .containsExactly("30 days left to give notice on \"" + notice + "\"");
            assertThat(subjects(after, SECRETARIAT_MAIL, expiring))
                    .containsExactly("The agreement \"" + expiring + "\" expires today");
            assertThat(subjects(after, SECRETARIAT_MAIL, ended)).isEmpty();
            assertThat(subjects(after, officerMail, ended)).isEmpty();
        }
    }

    @Test
    @Order(0)
    void theDueViewListsTheDeadlinesInEachReadersScope(RunningPlatform platform) throws Exception {
        PluginCalls calls = platform.calls();
        var plugin = calls.inPlugin(DeadlineReminders.class, DeadlineCalls.class);
        LocalDate today = LocalDate.now(calls.platformBean(Clock.class));
        String hanoi = "Hanoi due " + System.nanoTime();
        String nairobi = "Nairobi due " + System.nanoTime();
        try (var acting = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            // Hanoi's (in Chengdu's region): its notice deadline in 10 days; Nairobi's (Abuja's region) in 20.
            call(plugin, "agreement", hanoi, "하노이 " + hanoi, today.plusDays(40), 30, null);
            call(plugin, "agreement", nairobi, "나이로비 " + nairobi, today.plusDays(50), 30, null, "ke-nairobi");
        }
        for (Role role : Role.values()) {
            var page = platform.open(DueView.ROUTE, role);
            String body = page.body();
            assertThat(page.status()).as(role.claimValue()).isEqualTo(200);
            assertThat(body).as(role.claimValue()).contains("agreements-due-grid", hanoi);
            if (role == Role.SECRETARIAT) {
                assertThat(body).contains("agreements-due-feed", nairobi);
                assertThat(body.indexOf(hanoi)).as("soonest first").isLessThan(body.indexOf(nairobi));
            } else {
                // Hanoi's member city and Chengdu's office: their scope, no feed.
                assertThat(body).as(role.claimValue()).doesNotContain("agreements-due-feed", nairobi);
            }
        }
    }

    @Test
    @Order(1)
    void theFeedAnswersALiveTokenOnly(RunningPlatform platform) throws Exception {
        PluginCalls calls = platform.calls();
        var plugin = calls.inPlugin(DeadlineReminders.class, DeadlineCalls.class);
        LocalDate today = LocalDate.now(calls.platformBean(Clock.class));
        String title = "Feed " + System.nanoTime();
        String token;
        try (var acting = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            call(plugin, "agreement", title, "피드 " + title, today.plusDays(200), 60, null);
            token = (String) call(plugin, "createToken", Locale.ENGLISH);
        }
        HttpResponse<String> feed = get(platform, token, "text/calendar");
        // Calendar applications send all kinds of Accept headers (the API access test sends JSON's): the feed is
        // a calendar whatever they ask for.
        assertThat(get(platform, token, "application/json").statusCode()).isEqualTo(200);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body())
                .contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Last day to give notice: " + title)
                .contains("SUMMARY:Expiry: " + title)
                .contains("DTSTART;VALUE=DATE:" + today.plusDays(140).toString().replace("-", ""));

        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        assertThat(get(platform, forged).statusCode()).as("a forged token").isEqualTo(404);
        assertThat(get(platform, "not-a-token").statusCode())
                .as("a malformed token")
                .isEqualTo(404);

        try (var acting = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            call(plugin, "revokeToken");
        }
        assertThat(get(platform, token).statusCode()).as("a revoked token").isEqualTo(404);
        String tokenOf = "agreements.feed-token";
        assertThat(calls.auditOf(tokenOf, "1").stream()
                        .map(PluginCalls.AuditEntry::after)
                        .toList())
                .as("made and revoked, audited without the secret")
                .hasSize(2)
                .noneMatch(after -> after != null && after.contains(token));
    }

    private static Object call(Map<String, Function<List<Object>, Object>> plugin, String name, Object... args) {
        return plugin.get(name).apply(java.util.Arrays.asList(args));
    }

    private static HttpResponse<String> get(RunningPlatform platform, String token) throws Exception {
        return get(platform, token, "text/calendar");
    }

    private static HttpResponse<String> get(RunningPlatform platform, String token, String accept) throws Exception {
        var request = HttpRequest.newBuilder(platform.url(DeadlineFeed.PATH + token))
                .header("Accept", accept)
                .GET()
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<String> subjects(PluginCalls calls, String address, String title) {
        return calls.mailsTo(address).stream()
                .map(PluginCalls.Mail::subject)
                .filter(subject -> subject.contains(title))
                .toList();
    }

    private static void awaitMail(PluginCalls calls, String address, String title) throws InterruptedException {
        long until = System.nanoTime() + 90_000_000_000L;
        while (subjects(calls, address, title).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(500);
        }
    }
}
