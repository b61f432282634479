package org.wego.plugins.training.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.DocumentFacts;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.attendance.Attendance;
import org.wego.plugins.training.nominations.Nomination;
import org.wego.plugins.training.nominations.NominationStatus;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.Programmes;

/**
 * Certificates of completion. Issued for an enrolled nomination that completed its programme (see
 * {@link Attendance#completionOf}) the first time anyone allowed downloads it, with a random
 * verification code the platform's verifiable documents draw ({@link PluginContext#documents()}) and the
 * trainee's language; every later download reads the same code, language and issue date. Who may download: the secretariat any, a nominator
 * (member city, regional office) those of its own scope, the same rule as for seeing the nominations;
 * checked here on every call. Anyone may verify a code on the platform's public page {@code verify},
 * which shows only the trainee's name, the programme and its dates; the secretariat may revoke a
 * certificate ({@link #revoke}). Issuing is audited (entity {@value #ENTITY}).
 */
@Component
@Transactional
public class Certificates {

    static final String ENTITY = "training.certificate";

    /** The kind of verifiable document a certificate is on the platform (its document id: the nomination's). */
    static final String KIND = "training.certificate";

    /** The platform's public verification page (the old training address redirects to it). */
    static final String VERIFY_PAGE = "verify";

    private final PluginContext platform;
    private final Programmes programmes;
    private final Nominations nominations;
    private final Attendance attendance;
    private final JdbcClient jdbc;

    Certificates(PluginContext platform, Programmes programmes, Nominations nominations, Attendance attendance) {
        this.platform = platform;
        this.programmes = programmes;
        this.nominations = nominations;
        this.attendance = attendance;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Issues the certificate of a completed nomination now (as a first download would), e.g. for the
     * demo data set, with the same checks.
     *
     * @return its verification code
     */
    public String issue(long nominationId) {
        return issue(allowed(nominationId)).code();
    }

    /** A row of the certificates list: a nomination the user may see, its completion and its code if issued. */
    record Row(
            long nominationId,
            String traineeName,
            String organisationKey,
            Attendance.Completion completion,
            @Nullable String code,
            boolean revoked) {}

    /** A file to download. */
    record CertificateFile(String fileName, String mimeType, byte[] content) {}

    /** The enrolled nominations of a programme in the user's scope with their completion (issued codes shown). */
    @Transactional(readOnly = true)
    List<Row> ofProgramme(long programmeId) {
        Set<Long> visible = new HashSet<>(nominations.ofProgramme(programmeId).stream()
                .map(Nomination::id)
                .toList());
        Map<Long, Attendance.Completion> completion = attendance.completionOf(programmeId);
        var rows = new ArrayList<Row>();
        jdbc.sql("""
                        SELECT n.id, t.name, n.organisation_key, c.code FROM training_nomination n
                        JOIN training_trainee t ON t.id = n.trainee_id
                        LEFT JOIN training_certificate c ON c.nomination_id = n.id
                        WHERE n.programme_id = :programme AND n.status = 'ENROLLED' ORDER BY t.name, n.id""")
                .param("programme", programmeId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    if (visible.contains(id) && completion.containsKey(id)) {
                        rows.add(new Row(
                                id,
                                rs.getString("name"),
                                rs.getString("organisation_key"),
                                completion.get(id),
                                rs.getString("code"),
                                rs.getString("code") != null && revoked(rs.getString("code"))));
                    }
                    return id;
                })
                .list();
        return rows;
    }

    /**
     * The PDF certificate of a nomination, issued now if it was not yet.
     *
     * @throws PermissionDeniedException when the nomination is outside the user's scope
     * @throws InvalidInputException {@code training.certificate.not-completed} when it did not complete,
     *     {@code training.certificate.revoked} when its certificate was revoked
     */
    CertificateFile pdf(long nominationId) {
        Nomination nomination = allowed(nominationId);
        Issued issued = issue(nomination);
        if (revoked(issued.code())) {
            throw new InvalidInputException(null, "training.certificate.revoked");
        }
        return new CertificateFile(fileName(nomination, issued), "application/pdf", render(nomination, issued));
    }

    /**
     * A zip of the certificates of every completed nomination of a programme in the user's scope (all
     * for the secretariat), issuing those not issued yet; revoked ones are left out.
     *
     * @throws InvalidInputException {@code training.certificate.none} when none completed
     */
    CertificateFile zip(long programmeId) {
        Programme programme = programmes
                .byId(programmeId)
                .orElseThrow(() -> new InvalidInputException(null, "training.invalid.programme"));
        List<Row> completed = ofProgramme(programmeId).stream()
                .filter(r -> r.completion().complete() && !r.revoked())
                .toList();
        if (completed.isEmpty()) {
            throw new InvalidInputException(null, "training.certificate.none");
        }
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            Set<String> names = new HashSet<>();
            for (Row row : completed) {
                Nomination nomination = nominations.find(row.nominationId()).orElseThrow();
                Issued issued = issue(nomination);
                String name = fileName(nomination, issued);
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(render(nomination, issued));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CertificateFile(
                "certificates-" + programme.id() + "-" + programme.startDate() + ".zip",
                "application/zip",
                out.toByteArray());
    }

    /** The code as people see it: {@code XXXX-XXXX-XXXX}. */
    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * Revokes a nomination's certificate (the secretariat only): the platform's public page then says
     * it was revoked, with the reason, and it is no longer downloaded. Audited by the platform.
     *
     * @throws PermissionDeniedException unless the user manages programmes
     * @throws InvalidInputException {@code training.certificate.not-issued} when it has no certificate
     */
    void revoke(long nominationId, String reason) {
        SignedInUser user = platform.requireUser();
        if (!programmes.mayManage(user)) {
            throw new PermissionDeniedException(TrainingPlugin.MANAGE_PROGRAMMES);
        }
        if (issuedOf(nominationId).isEmpty()) {
            throw new InvalidInputException(null, "training.certificate.not-issued");
        }
        platform.documents().revoke(KIND, Long.toString(nominationId), reason);
    }

    /** Whether the platform says the certificate with this code was revoked. */
    @Transactional(readOnly = true)
    boolean revoked(String code) {
        return platform.documents().verify(code).map(d -> !d.valid()).orElse(false);
    }

    /**
     * Hands the codes stored before the platform kept verifiable documents (rows not yet {@code
     * adopted}) to the platform, which keeps them valid; each row is marked, so each code is adopted
     * once (adopting again would only refresh the facts). Run at the plugin's start.
     *
     * @return how many codes were adopted
     */
    int adoptStoredCodes() {
        List<Stored> stored = jdbc.sql("""
                        SELECT c.nomination_id, c.code, c.issued_at FROM training_certificate c
                        WHERE c.adopted = FALSE ORDER BY c.id""")
                .query((rs, n) -> new Stored(
                        rs.getLong("nomination_id"),
                        rs.getString("code"),
                        rs.getObject("issued_at", LocalDateTime.class).toLocalDate()))
                .list();
        for (Stored row : stored) {
            Nomination nomination = nominations.find(row.nominationId()).orElseThrow();
            platform.documents()
                    .adopt(KIND, Long.toString(row.nominationId()), row.code(), facts(nomination, row.issuedOn()));
            jdbc.sql("UPDATE training_certificate SET adopted = TRUE WHERE nomination_id = :id")
                    .param("id", row.nominationId())
                    .update();
            platform.audit()
                    .record(
                            ENTITY,
                            Long.toString(row.nominationId()),
                            Map.of("adopted", false),
                            Map.of("adopted", true, "code", row.code()));
        }
        return stored.size();
    }

    private record Stored(long nominationId, String code, LocalDate issuedOn) {}

    /** What the platform's public page shows: the kind, the trainee, the programme with its dates, the day of issue. */
    private DocumentFacts facts(Nomination nomination, LocalDate issuedOn) {
        Programme programme = programmes.find(nomination.programmeId()).orElseThrow();
        return new DocumentFacts(
                platform.messages(Locale.ENGLISH).get("training.certificate.document.kind"),
                platform.messages(Locale.KOREAN).get("training.certificate.document.kind"),
                nomination.traineeName(),
                about(programme, Locale.ENGLISH),
                about(programme, Locale.KOREAN),
                issuedOn);
    }

    private String about(Programme programme, Locale language) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        return platform.messages(language)
                .get(
                        "training.certificate.document.about",
                        programme.title(language),
                        dates.format(programme.startDate()),
                        dates.format(programme.endDate()));
    }

    private record Issued(String code, Locale language, LocalDate issuedOn) {}

    /** The nomination, if the user may download its certificate and it completed. */
    private Nomination allowed(long nominationId) {
        SignedInUser user = platform.requireUser();
        Nomination nomination = nominations
                .find(nominationId)
                .orElseThrow(() -> new InvalidInputException(null, "training.invalid.nomination"));
        if (!programmes.mayManage(user)) {
            Optional<Organisation> organisation = platform.organisations().byKey(nomination.organisation());
            if (!platform.permissions().isAllowed(user, TrainingPlugin.NOMINATE)
                    || organisation.isEmpty()
                    || !nominations.mayNominateFor(user, organisation.get())) {
                throw new PermissionDeniedException(TrainingPlugin.NOMINATE);
            }
        }
        Attendance.Completion completion =
                attendance.completionOf(nomination.programmeId()).get(nominationId);
        if (nomination.status() != NominationStatus.ENROLLED || completion == null || !completion.complete()) {
            throw new InvalidInputException(null, "training.certificate.not-completed");
        }
        return nomination;
    }

    /** The nomination's certificate, created with a fresh code the first time. */
    private Issued issue(Nomination nomination) {
        Optional<Issued> known = issuedOf(nomination.id());
        if (known.isPresent()) {
            return known.get();
        }
        String language = jdbc.sql("SELECT language FROM training_trainee WHERE id = :id")
                        .param("id", nomination.traineeId())
                        .query(String.class)
                        .single()
                        .startsWith("ko")
                ? "ko"
                : "en";
        SignedInUser user = platform.requireUser();
        LocalDateTime now = LocalDateTime.now(platform.clock());
        // The platform draws the code (or gives the one it already has for this nomination).
        String code =
                platform.documents().issue(KIND, Long.toString(nomination.id()), facts(nomination, now.toLocalDate()));
        try {
            jdbc.sql("""
                            INSERT INTO training_certificate (nomination_id, code, language, issued_by, issued_at, adopted)
                            VALUES (:nomination, :code, :language, :by, :at, TRUE)""")
                    .param("nomination", nomination.id())
                    .param("code", code)
                    .param("language", language)
                    .param("by", user.displayName())
                    .param("at", now)
                    .update();
        } catch (DuplicateKeyException e) {
            // Issued meanwhile by someone else: the platform gave both the same code.
            return issuedOf(nomination.id()).orElseThrow(() -> e);
        }
        platform.audit()
                .record(
                        ENTITY,
                        Long.toString(nomination.id()),
                        null,
                        Map.of("nomination", nomination.id(), "language", language));
        return issuedOf(nomination.id()).orElseThrow();
    }

    private Optional<Issued> issuedOf(long nominationId) {
        return jdbc.sql("SELECT code, language, issued_at FROM training_certificate WHERE nomination_id = :id")
                .param("id", nominationId)
                .query((rs, n) -> new Issued(
                        rs.getString("code"),
                        Locale.of(rs.getString("language")),
                        rs.getObject("issued_at", LocalDateTime.class).toLocalDate()))
                .optional();
    }

    private byte[] render(Nomination nomination, Issued issued) {
        Programme programme = programmes.find(nomination.programmeId()).orElseThrow();
        Locale language = issued.language();
        String organisation = platform.organisations()
                .byKey(nomination.organisation())
                .map(o -> o.name(language))
                .orElse(nomination.organisation().value());
        String partner = platform.organisations()
                .byKey(programme.partner())
                .map(o -> o.name(language))
                .orElse(programme.partner().value());
        var content = new CertificateContent(
                language,
                nomination.traineeName(),
                organisation,
                programme.title(language),
                programme.startDate(),
                programme.endDate(),
                partner,
                issued.issuedOn(),
                issued.code());
        return platform.documents().certificatePdf(CertificatePdf.sheet(content, platform.messages(language)));
    }

    /** e.g. {@code Kim Minji - 7K2M-Q9XD-4HRT.pdf}: the name without characters file systems refuse. */
    private static String fileName(Nomination nomination, Issued issued) {
        String name = nomination
                .traineeName()
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .strip();
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return name + " - " + grouped(issued.code()) + ".pdf";
    }
}
