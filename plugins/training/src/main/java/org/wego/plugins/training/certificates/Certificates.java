package org.wego.plugins.training.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
 * verification code ({@link CertificateCodes}) and the trainee's language; every later download
 * reads the same code, language and issue date. Who may download: the secretariat any, a nominator
 * (member city, regional office) those of its own scope, the same rule as for seeing the nominations;
 * checked here on every call. Anyone may verify a code ({@link #verify}), which tells only name,
 * programme and dates. Issuing is audited (entity {@value #ENTITY}).
 */
@Component
@Transactional
public class Certificates {

    static final String ENTITY = "training.certificate";

    private final PluginContext platform;
    private final Programmes programmes;
    private final Nominations nominations;
    private final Attendance attendance;
    private final String baseUrl;
    private final JdbcClient jdbc;

    Certificates(
            PluginContext platform,
            Programmes programmes,
            Nominations nominations,
            Attendance attendance,
            Environment environment) {
        this.platform = platform;
        this.programmes = programmes;
        this.nominations = nominations;
        this.attendance = attendance;
        // The platform's public address (wego.base-url), for the verification link printed on certificates.
        this.baseUrl = environment
                .getProperty("wego.base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
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
            @Nullable String code) {}

    /** A file to download. */
    record CertificateFile(String fileName, String mimeType, byte[] content) {}

    /** The verifiable facts of a certificate, all the public page shows. */
    record Verification(
            String code, String traineeName, String titleEn, String titleKo, LocalDate start, LocalDate end) {

        String title(Locale locale) {
            return "ko".equals(locale.getLanguage()) ? titleKo : titleEn;
        }
    }

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
                                rs.getString("code")));
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
     * @throws InvalidInputException {@code training.certificate.not-completed} when it did not complete
     */
    CertificateFile pdf(long nominationId) {
        Nomination nomination = allowed(nominationId);
        Issued issued = issue(nomination);
        return new CertificateFile(fileName(nomination, issued), "application/pdf", render(nomination, issued));
    }

    /**
     * A zip of the certificates of every completed nomination of a programme in the user's scope (all
     * for the secretariat), issuing those not issued yet.
     *
     * @throws InvalidInputException {@code training.certificate.none} when none completed
     */
    CertificateFile zip(long programmeId) {
        Programme programme = programmes
                .byId(programmeId)
                .orElseThrow(() -> new InvalidInputException(null, "training.invalid.programme"));
        List<Row> completed = ofProgramme(programmeId).stream()
                .filter(r -> r.completion().complete())
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

    /**
     * Checks a verification code as typed (dashes, spaces and case do not matter). Public: no sign-in,
     * no permission; it reveals only the trainee's name, the programme's titles and dates. A guess has
     * no realistic chance (60 random bits, see {@link CertificateCodes#GUESSES_PER_HIT}), and every
     * lookup is one read of the unique index, whatever the answer.
     */
    @Transactional(readOnly = true)
    Optional<Verification> verify(@Nullable String typed) {
        return CertificateCodes.normalised(typed)
                .flatMap(code -> jdbc.sql("""
                                SELECT c.code, t.name, p.title_en, p.title_ko, p.start_date, p.end_date
                                FROM training_certificate c
                                JOIN training_nomination n ON n.id = c.nomination_id
                                JOIN training_trainee t ON t.id = n.trainee_id
                                JOIN training_programme p ON p.id = n.programme_id
                                WHERE c.code = :code""")
                        .param("code", code)
                        .query((rs, n) -> new Verification(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("title_en"),
                                rs.getString("title_ko"),
                                rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class)))
                        .optional());
    }

    /** The address of the public verification page for a code. */
    String verificationAddress(String code) {
        return baseUrl + "/" + TrainingPlugin.VERIFY_ROUTE + "?code=" + CertificateCodes.grouped(code);
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
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = CertificateCodes.generate();
            try {
                jdbc.sql("""
                                INSERT INTO training_certificate (nomination_id, code, language, issued_by, issued_at)
                                VALUES (:nomination, :code, :language, :by, :at)""")
                        .param("nomination", nomination.id())
                        .param("code", code)
                        .param("language", language)
                        .param("by", user.displayName())
                        .param("at", LocalDateTime.now(platform.clock()))
                        .update();
                platform.audit()
                        .record(
                                ENTITY,
                                Long.toString(nomination.id()),
                                null,
                                Map.of("nomination", nomination.id(), "language", language));
                return issuedOf(nomination.id()).orElseThrow();
            } catch (DuplicateKeyException e) {
                // Issued meanwhile by someone else (same nomination), or, in 2^60, the same code drawn.
                Optional<Issued> meanwhile = issuedOf(nomination.id());
                if (meanwhile.isPresent()) {
                    return meanwhile.get();
                }
            }
        }
        throw new IllegalStateException("Could not draw a unique certificate code");
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
                issued.code(),
                verificationAddress(issued.code()));
        return CertificatePdf.render(content, platform.messages(language));
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
        return name + " - " + CertificateCodes.grouped(issued.code()) + ".pdf";
    }
}
