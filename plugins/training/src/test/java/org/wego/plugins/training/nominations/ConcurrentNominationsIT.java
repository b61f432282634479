package org.wego.plugins.training.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.upload.NominationUpload;

/**
 * Concurrent writers on one programme, on MariaDB with real Keycloak tokens: the Chengdu office posts
 * 50 nominations of different trainees through the API, 8 at a time, while two uploads of its cities
 * save into the same programme (each sharing an e-mail with a nomination, so one of the two is
 * refused). Every call answers 201 or a translated 4xx, none a 500 (they were deadlocks on {@code INSERT
 * INTO training_trainee}); nothing is half-saved: each nomination has its trainee, its inbox request
 * and its audit entries, and nothing else was written. Then 50 concurrent approvals fill the seats up
 * to the capacity, with one mail queued per decided nomination.
 */
@WegoPluginTest
class ConcurrentNominationsIT {

    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    private static final int NOMINATIONS = 50;
    private static final int UPLOAD_ROWS = 10;
    private static final int CAPACITY = 30;
    private static final int THREADS = 8;

    @Test
    void fiftyNominationsAndTwoUploadsAtOnceGetAnswersNotErrorsAndNothingIsHalfSaved(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        String tag = Long.toString(System.nanoTime());
        long programme = t.openProgramme("Concurrent " + tag, CAPACITY, CAPACITY);
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 4);
        assertThat(cities).isNotEmpty();
        String path = "/api/v1/training/programmes/" + programme + "/nominations";
        // The token is fetched once, before the calls start.
        assertThat(platform.api("GET", path, Role.REGIONAL_OFFICE, null).statusCode())
                .isEqualTo(200);
        long requestsBefore = count(t, "SELECT COUNT(*) FROM platform_approval_request");

        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < NOMINATIONS; i++) {
            String city = cities.get(i % cities.size()).key().value();
            String body = "{\"name\":\"Api " + i + "\",\"position\":\"Officer\",\"department\":\"Data\","
                    + "\"organisation\":\"" + city + "\",\"email\":\"" + email(tag, "api", i)
                    + "\",\"language\":\"en\",\"gender\":\"FEMALE\"}";
            calls.add(() -> Answer.of(platform.api("POST", path, Role.REGIONAL_OFFICE, body)));
        }
        for (int upload = 0; upload < 2; upload++) {
            byte[] file = uploadFile(tag, upload, cities);
            calls.add(() -> upload(t, programme, file));
        }
        Collections.shuffle(calls);
        List<Answer> answers = runAll(calls);

        assertThat(answers)
                .as("every call answers 201, or a 4xx with a translated problem detail; none fails")
                .allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.body()).isIn(201, 400, 409);
                    if (answer.status() != 201) {
                        assertThat(answer.body()).contains("\"detail\"").doesNotContain("Server error");
                    }
                });
        int created = (int)
                answers.stream().filter(a -> !a.upload() && a.status() == 201).count();
        int uploaded = answers.stream().mapToInt(Answer::saved).sum();
        assertThat(created)
                .as("only the e-mails shared with an upload may be refused")
                .isGreaterThanOrEqualTo(48);
        assertThat(created + uploaded)
                .as("each shared e-mail is nominated once, by the API or by an upload")
                .isEqualTo(NOMINATIONS + 2 * UPLOAD_ROWS - 2);

        // Nothing half-saved: nominations, trainees, inbox requests and audit entries agree.
        String ofProgramme = " FROM training_nomination WHERE programme_id = " + programme;
        int nominations = count(t, "SELECT COUNT(*)" + ofProgramme);
        assertThat(nominations).isEqualTo(created + uploaded);
        assertThat(count(t, "SELECT COUNT(DISTINCT trainee_id)" + ofProgramme)).isEqualTo(nominations);
        assertThat(count(t, "SELECT COUNT(*) FROM training_trainee WHERE email LIKE '%." + tag + "@example.org'"))
                .as("a trainee only with its nomination")
                .isEqualTo(nominations);
        assertThat(count(t, "SELECT COUNT(*)" + ofProgramme + " AND approval_request_id IS NULL"))
                .isZero();
        assertThat(count(t, "SELECT COUNT(*) FROM platform_approval_request") - requestsBefore)
                .as("one inbox request per nomination, none left by a refused or retried call")
                .isEqualTo(nominations);
        assertThat(count(
                        t,
                        "SELECT COUNT(*) FROM platform_approval_request r JOIN training_nomination n"
                                + " ON r.id = n.approval_request_id AND CAST(r.subject AS UNSIGNED) = n.id"
                                + " WHERE n.programme_id = " + programme))
                .isEqualTo(nominations);
        assertThat(count(
                        t,
                        "SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'training.nomination'"
                                + " AND CAST(entity_id AS UNSIGNED) IN (SELECT id" + ofProgramme + ")"))
                .as("one audit entry per nomination")
                .isEqualTo(nominations);
        assertThat(count(
                        t,
                        "SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'training.trainee' AND before_json IS NULL"
                                + " AND CAST(entity_id AS UNSIGNED) IN (SELECT trainee_id" + ofProgramme + ")"))
                .as("one audit entry per new trainee")
                .isEqualTo(nominations);
        assertThat(count(
                        t,
                        "SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'training.upload'"
                                + " AND entity_id = '" + programme + "'"))
                .isEqualTo(2);

        // The secretariat approves them all at once: seats up to the capacity, one mail per decision.
        SignedInUser officer = t.secretariat();
        List<Callable<Answer>> decisions = new ArrayList<>();
        for (var row : t.seats(programme)) {
            long request = t.requestOf(((Number) row.get("id")).longValue());
            decisions.add(() -> {
                t.decide(officer, request, ApprovalStatus.APPROVED);
                return new Answer(200, "", false, 0);
            });
        }
        runAll(decisions);
        var seats = t.seats(programme);
        assertThat(seats.stream().filter(s -> "ENROLLED".equals(s.get("status"))))
                .hasSize(CAPACITY);
        assertThat(seats.stream().filter(s -> "WAITLISTED".equals(s.get("status"))))
                .hasSize(nominations - CAPACITY);
        assertThat(count(t, "SELECT COUNT(*) FROM platform_outbox WHERE address LIKE '%." + tag + "@example.org'"))
                .as("one mail per decided nomination: a retried decision queues none twice")
                .isEqualTo(nominations);
    }

    /** What a call answered: the HTTP status and body, or for an upload 201 and the rows it saved. */
    private record Answer(int status, String body, boolean upload, int saved) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.body(), false, 0);
        }
    }

    private static List<Answer> runAll(List<Callable<Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Answer>> futures = pool.invokeAll(calls, 5, TimeUnit.MINUTES);
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get()); // rethrows what a call threw: a service failure fails the test
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    /** An upload as the Chengdu office's upload page does it: check, then save what is valid. */
    private static Answer upload(TrainingCalls t, long programme, byte[] file) throws Exception {
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            var uploads = t.calls.bean(NominationUpload.class);
            Object check = uploads.invoke("check", programme, file);
            Object saved = uploads.invoke("save", programme, check);
            return new Answer(201, "", true, ((List<?>) PluginCalls.read(saved, "nominations")).size());
        }
    }

    /** Ten new trainees, the first with the e-mail of one of the API's nominations. */
    private static byte[] uploadFile(String tag, int upload, List<Organisation> cities) {
        var lines = new ArrayList<String>();
        lines.add("City,Name,Position,Department,E-mail,Language,Gender");
        for (int row = 0; row < UPLOAD_ROWS; row++) {
            String email = row == 0 ? email(tag, "api", upload) : email(tag, "upload" + upload + "-", row);
            lines.add(cities.get(row % cities.size()).key().value() + ",Upload " + upload + " " + row + ",Officer,Data,"
                    + email + ",en,female");
        }
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String email(String tag, String kind, int i) {
        return kind + i + "." + tag + "@example.org";
    }

    private static int count(TrainingCalls t, String sql) {
        return t.jdbc.sql(sql).query(Integer.class).single();
    }
}
