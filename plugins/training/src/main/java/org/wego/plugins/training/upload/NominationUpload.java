package org.wego.plugins.training.upload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/**
 * The bulk upload of nominations: a regional office's coordinator nominates officials of its
 * region's member cities from a CSV or XLSX file (a member city may upload too, for itself only:
 * {@link Nominations#mayNominateFor} decides, as for single nominations).
 *
 * <p>{@link #check} reads the file and checks every row with nothing saved: the pure checks of
 * {@link UploadRules}, the city (unknown, or outside the user's scope), then the row is nominated
 * through {@link Nominations#nominate} itself inside a transaction that is rolled back, each row under
 * its own savepoint, so every rule of a nomination (already nominated, an e-mail known elsewhere,
 * eligibility, scope) is applied by its one owner and never copied here. {@link #save} does the same
 * in one transaction that commits: only the rows without an error become nominations (each whole or
 * not at all: a row failing now is rolled back to its savepoint and reported), and a summary is
 * audited (entity {@value #ENTITY}).
 */
@Component
public class NominationUpload {

    static final String ENTITY = "training.upload";

    /**
     * The audit entity of a check. A check saves nothing, but it answers, row by row, whether an e-mail
     * address may be nominated, up to {@link UploadedSheet#MAX_ROWS} addresses a file: so each check
     * leaves a summary (who, which programme, how many rows and how many e-mail refusals) in the audit
     * trail, where the secretariat sees a coordinator trying addresses (issue 13).
     */
    static final String CHECK_ENTITY = "training.upload.check";

    private final PluginContext platform;
    private final Programmes programmes;
    private final Nominations nominations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    NominationUpload(
            PluginContext platform, Programmes programmes, Nominations nominations, TransactionTemplate transactions) {
        this.platform = platform;
        this.programmes = programmes;
        this.nominations = nominations;
        this.jdbc = JdbcClient.create(platform.dataSource());
        // The platform's template: it runs a check or a save again after a deadlock or lock wait timeout.
        this.transactions = transactions;
    }

    /** The rows saved as nominations (their ids) and the check made while saving. */
    record Saved(List<Long> nominations, UploadCheck check) {}

    /**
     * Reads an uploaded file and checks every row; nothing is saved.
     *
     * @throws InvalidInputException (field {@code file}) when the file as a whole cannot be read, or the
     *     programme does not take nominations
     * @throws PermissionDeniedException when the user may not nominate at all
     */
    UploadCheck check(long programmeId, byte[] file) {
        requireNominator();
        return checkSheet(programmeId, UploadedSheet.read(platform.spreadsheets(), file));
    }

    UploadCheck checkSheet(long programmeId, UploadedSheet sheet) {
        requireNominator();
        List<UploadRow> rows = UploadRules.rows(sheet);
        UploadCheck check = java.util.Objects.requireNonNull(transactions.execute(status -> {
            try {
                return examine(programmeId, sheet, rows, status, new ArrayList<>());
            } finally {
                status.setRollbackOnly(); // a check saves nothing, whatever it tried
            }
        }));
        // Its own transaction: the check's was rolled back, and the audit entry must stay.
        transactions.executeWithoutResult(
                status -> platform.audit().record(CHECK_ENTITY, Long.toString(programmeId), null, summary(check)));
        return check;
    }

    /** What the audit keeps of a check or a save: counts, never the rows' personal data. */
    private static Map<String, Object> summary(UploadCheck check) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("format", check.format());
        summary.put("encoding", check.encoding());
        summary.put("rows", check.rows().size());
        summary.put(
                "refusedRows",
                check.errors().stream().map(UploadProblem::row).distinct().count());
        summary.put(
                "emailRefusals",
                check.errors().stream()
                        .filter(p -> Nominations.EMAIL_UNAVAILABLE.equals(p.messageKey()))
                        .count());
        summary.put("warnings", check.warnings().size());
        return summary;
    }

    /**
     * Saves the rows of a check that are still valid, in one transaction, each through {@link
     * Nominations#nominate}; every row is checked again (the file came from the user, and things may
     * have changed since the check).
     */
    Saved save(long programmeId, UploadCheck checked) {
        requireNominator();
        var sheet = new UploadedSheet(checked.format(), checked.encoding(), List.of());
        return java.util.Objects.requireNonNull(transactions.execute(status -> {
            var saved = new ArrayList<Long>();
            UploadCheck check = examine(programmeId, sheet, checked.rows(), status, saved);
            var summary = new LinkedHashMap<String, Object>();
            summary.put("programme", programmeId);
            summary.put("saved", saved.size());
            summary.putAll(summary(check));
            summary.put("nominations", saved);
            platform.audit().record(ENTITY, Long.toString(programmeId), null, summary);
            return new Saved(List.copyOf(saved), check);
        }));
    }

    /** Checks the rows; nominates the valid ones into {@code saved} (the caller commits or rolls back). */
    private UploadCheck examine(
            long programmeId, UploadedSheet sheet, List<UploadRow> rows, TransactionStatus status, List<Long> saved) {
        SignedInUser user = requireNominator();
        Programme programme = programmes
                .byId(programmeId)
                .orElseThrow(() -> new InvalidInputException("programme", "training.invalid.programme"));
        if (programme.status() != ProgrammeStatus.OPEN) {
            throw new InvalidInputException("programme", "training.nomination.not-open");
        }
        if (LocalDate.now(platform.clock()).isAfter(programme.deadline())) {
            throw new InvalidInputException("programme", "training.nomination.deadline-passed");
        }
        List<Organisation> scope = scopeOf(user);
        Map<OrganisationKey, Integer> held = held(programmeId);
        var problems = new ArrayList<UploadProblem>(UploadRules.duplicates(rows));
        var refused = new HashSet<Integer>();
        problems.forEach(p -> refused.add(p.row()));
        var accepted = new LinkedHashMap<UploadRow, Organisation>();
        for (UploadRow row : rows) {
            List<UploadProblem> own = UploadRules.fieldProblems(row);
            Optional<Organisation> city = Optional.empty();
            if (own.stream().noneMatch(p -> p.column() == UploadColumn.CITY)) {
                city = UploadRules.city(row.value(UploadColumn.CITY), scope);
                if (city.isEmpty()) {
                    own = new ArrayList<>(own);
                    own.add(UploadProblem.error(
                            row.number(),
                            UploadColumn.CITY,
                            elsewhere(row.value(UploadColumn.CITY)).isPresent()
                                    ? "training.upload.problem.outside-region"
                                    : "training.upload.problem.unknown-city",
                            row.value(UploadColumn.CITY).strip()));
                }
            }
            problems.addAll(own);
            if (!own.isEmpty() || refused.contains(row.number()) || city.isEmpty()) {
                continue;
            }
            Optional<UploadProblem> refusal = nominate(programmeId, row, city.get(), status, saved);
            if (refusal.isPresent()) {
                problems.add(refusal.get());
            } else {
                accepted.put(row, city.get());
            }
        }
        problems.addAll(UploadRules.quotaWarnings(accepted, held, programme.quota()));
        return new UploadCheck(sheet.format(), sheet.encoding(), rows, problems);
    }

    /** Nominates one row under its own savepoint: whole, or rolled back and reported. */
    private Optional<UploadProblem> nominate(
            long programmeId, UploadRow row, Organisation city, TransactionStatus status, List<Long> saved) {
        Object savepoint = status.createSavepoint();
        try {
            long id = nominations.nominate(programmeId, UploadRules.trainee(row, city.key()));
            status.releaseSavepoint(savepoint);
            saved.add(id);
            return Optional.empty();
        } catch (InvalidInputException e) {
            status.rollbackToSavepoint(savepoint);
            return Optional.of(UploadProblem.error(
                    row.number(),
                    columnOf(e.field()),
                    e.messageKey(),
                    e.arguments().toArray()));
        } catch (PermissionDeniedException e) {
            status.rollbackToSavepoint(savepoint);
            return Optional.of(UploadProblem.error(
                    row.number(),
                    UploadColumn.CITY,
                    "training.upload.problem.outside-region",
                    city.key().value()));
        }
    }

    /** The member cities the user nominates for: its region's (regional office) or itself (city). */
    private List<Organisation> scopeOf(SignedInUser user) {
        OrganisationDirectory directory = platform.organisations();
        List<Organisation> candidates = user.hasRole(Role.REGIONAL_OFFICE)
                ? directory.membersOfRegion(user.organisation())
                : directory.byKey(user.organisation()).stream().toList();
        return candidates.stream()
                .filter(o -> o.type() == OrganisationType.CITY)
                .filter(o -> nominations.mayNominateFor(user, o))
                .toList();
    }

    /** A city of the registry the cell names, outside the user's scope (only to say which refusal). */
    private Optional<Organisation> elsewhere(String text) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Organisation> found = new ArrayList<>();
        try {
            platform.organisations().byKey(OrganisationKey.of(wanted)).ifPresent(found::add);
        } catch (IllegalArgumentException notAKey) {
            // a name, not a key
        }
        found.addAll(platform.organisations()
                .search(new OrganisationDirectory.Query(wanted, OrganisationType.CITY, null, null, null, null, 0, 50)));
        return UploadRules.city(
                wanted,
                found.stream().filter(o -> o.type() == OrganisationType.CITY).toList());
    }

    /** The nominations each city holds in the programme (pending, enrolled or waiting), for the quota warning. */
    private Map<OrganisationKey, Integer> held(long programmeId) {
        var held = new LinkedHashMap<OrganisationKey, Integer>();
        jdbc.sql("""
                        SELECT organisation_key, COUNT(*) AS n FROM training_nomination
                        WHERE programme_id = :id AND status IN ('PENDING', 'ENROLLED', 'WAITLISTED')
                        GROUP BY organisation_key""")
                .param("id", programmeId)
                .query((rs, n) -> held.put(OrganisationKey.of(rs.getString("organisation_key")), rs.getInt("n")))
                .list();
        return held;
    }

    private SignedInUser requireNominator() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, TrainingPlugin.NOMINATE);
        return user;
    }

    private static @Nullable UploadColumn columnOf(@Nullable String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "name" -> UploadColumn.NAME;
            case "position" -> UploadColumn.POSITION;
            case "department" -> UploadColumn.DEPARTMENT;
            case "email" -> UploadColumn.EMAIL;
            case "language" -> UploadColumn.LANGUAGE;
            case "gender" -> UploadColumn.GENDER;
            case "organisation" -> UploadColumn.CITY;
            default -> null;
        };
    }

    /** The programmes open for nominations now, for the page's picker. */
    List<Programme> openProgrammes() {
        requireNominator();
        LocalDate today = LocalDate.now(platform.clock());
        return programmes.list().stream()
                .filter(p -> p.status() == ProgrammeStatus.OPEN && !today.isAfter(p.deadline()))
                .toList();
    }

    /** Whether the signed-in user may upload at all (the page shows a message otherwise). */
    boolean mayUpload() {
        return platform.currentUser()
                .map(u -> platform.permissions().isAllowed(u, TrainingPlugin.NOMINATE))
                .orElse(false);
    }

    static Set<String> acceptedTypes() {
        return Set.of(".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
