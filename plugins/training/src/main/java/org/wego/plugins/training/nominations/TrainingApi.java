package org.wego.plugins.training.nominations;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/**
 * Training over REST, with the same services (and so the same rules) as the screens: {@code GET
 * /api/v1/training/programmes} (a page at a time), {@code GET .../{programmeId}} (drafts only for the
 * secretariat, 404 for anyone else), {@code GET .../{programmeId}/nominations} (the caller's scope, as
 * {@link Nominations#ofProgramme}) and {@code POST .../{programmeId}/nominations} (as {@link
 * Nominations#nominate}: bad input is a 400 naming the field in the caller's language, a foreign
 * organisation a 403). The platform maps it under its bearer-token chain and lists it in the OpenAPI
 * document.
 */
@RestController
@RequestMapping("/api/v1/training/programmes")
@ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
class TrainingApi {

    static final int MAX_SIZE = 100;
    private static final Set<String> LIST_PARAMETERS = Set.of("status", "page", "size");

    private final Programmes programmes;
    private final Nominations nominations;
    private final TrainingApiReads reads;

    TrainingApi(Programmes programmes, Nominations nominations, TrainingApiReads reads) {
        this.programmes = programmes;
        this.nominations = nominations;
        this.reads = reads;
    }

    /**
     * A programme as the API shows it.
     *
     * @param id its id
     * @param titleEn title in English
     * @param titleKo title in Korean
     * @param descriptionEn description in English, if any
     * @param descriptionKo description in Korean, if any
     * @param partner the partner organisation's key, e.g. {@code kr-seoul}
     * @param mode ONLINE, ON_SITE or HYBRID
     * @param venue the venue, or the link of an online programme
     * @param language the language it is taught in (ISO 639)
     * @param startDate first day
     * @param endDate last day
     * @param deadline last day to nominate
     * @param capacity seats in all
     * @param quota the most seats one organisation may hold
     * @param status DRAFT (secretariat only), OPEN, CLOSED, RUNNING, COMPLETED or CANCELLED
     */
    record ProgrammeItem(
            long id,
            String titleEn,
            String titleKo,
            @Nullable String descriptionEn,
            @Nullable String descriptionKo,
            String partner,
            ProgrammeMode mode,
            String venue,
            String language,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate deadline,
            int capacity,
            int quota,
            ProgrammeStatus status) {

        static ProgrammeItem of(Programme p) {
            return new ProgrammeItem(
                    p.id(),
                    p.titleEn(),
                    p.titleKo(),
                    p.descriptionEn(),
                    p.descriptionKo(),
                    p.partner().value(),
                    p.mode(),
                    p.venue(),
                    p.language(),
                    p.startDate(),
                    p.endDate(),
                    p.deadline(),
                    p.capacity(),
                    p.quota(),
                    p.status());
        }
    }

    /**
     * One page of programmes, newest start first.
     *
     * @param items the programmes on the page
     * @param page the page number, from 0
     * @param size the most programmes a page holds
     * @param total how many programmes match in all
     */
    record ProgrammePage(List<ProgrammeItem> items, int page, int size, long total) {}

    /**
     * A nomination as the API shows it to those allowed to see it (the secretariat, the nominating
     * city, its regional office).
     *
     * @param id its id
     * @param programmeId the programme
     * @param traineeName the trainee's name
     * @param position the trainee's position, if given
     * @param department the trainee's department, if given
     * @param organisation the trainee's organisation (a member city's key)
     * @param email the trainee's e-mail (private to the secretariat and the nominating city and region)
     * @param gender the trainee's gender, for reporting (private as the e-mail)
     * @param status PENDING, ENROLLED, WAITLISTED, REJECTED or CANCELLED
     * @param waitlistPosition the place on the waitlist, if waitlisted
     * @param nominatedBy who nominated
     * @param nominatedAt when
     */
    record NominationItem(
            long id,
            long programmeId,
            String traineeName,
            @Nullable String position,
            @Nullable String department,
            String organisation,
            @Nullable String email,
            @Nullable Gender gender,
            NominationStatus status,
            @Nullable Long waitlistPosition,
            String nominatedBy,
            LocalDateTime nominatedAt) {}

    /**
     * A person to nominate.
     *
     * @param name full name (required)
     * @param position position, optional
     * @param department department, optional
     * @param organisation the member city's key (required): the caller's own city, or for a regional
     *     office a city of its region
     * @param email e-mail (required; a person is kept once by e-mail)
     * @param language the trainee's language, {@code en} or {@code ko} (required)
     * @param gender FEMALE, MALE, OTHER or UNDISCLOSED (the default), for reporting only
     */
    record NominationRequest(
            @Nullable String name,
            @Nullable String position,
            @Nullable String department,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String language,
            @Nullable String gender) {}

    /** The programmes the caller may see (drafts only for the secretariat), a page at a time. */
    @GetMapping
    ProgrammePage list(@RequestParam Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!LIST_PARAMETERS.contains(name)) {
                throw new InvalidInputException(name, "training.api.unknown-parameter", name);
            }
        }
        int page = number(parameters, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int size = number(parameters, "size", 20, 1, MAX_SIZE);
        ProgrammeStatus status = status(parameters.get("status"));
        // In memory, as the programmes screen: programmes number in the hundreds at most.
        List<Programme> all = programmes.list().stream()
                .filter(p -> status == null || p.status() == status)
                .toList();
        List<ProgrammeItem> items = all.stream()
                .skip((long) page * size)
                .limit(size)
                .map(ProgrammeItem::of)
                .toList();
        return new ProgrammePage(items, page, size, all.size());
    }

    /** One programme; 404 for an unknown id and, for anyone but the secretariat, a draft. */
    @GetMapping("/{programmeId}")
    ProgrammeItem one(@PathVariable long programmeId) {
        return programmes.byId(programmeId).map(ProgrammeItem::of).orElseThrow(TrainingApi::notFound);
    }

    /** The programme's nominations the caller may see: all for the secretariat, its own scope's for others. */
    @GetMapping("/{programmeId}/nominations")
    List<NominationItem> nominations(@PathVariable long programmeId) {
        programmes.byId(programmeId).orElseThrow(TrainingApi::notFound);
        List<Nomination> visible = nominations.ofProgramme(programmeId);
        Map<Long, TrainingApiReads.Trainee> trainees =
                reads.trainees(visible.stream().map(Nomination::traineeId).toList());
        return visible.stream()
                .map(n -> {
                    TrainingApiReads.Trainee t = trainees.get(n.traineeId());
                    return new NominationItem(
                            n.id(),
                            n.programmeId(),
                            n.traineeName(),
                            t == null ? null : t.position(),
                            t == null ? null : t.department(),
                            n.organisation().value(),
                            // Every row ofProgramme returns is the caller's scope (or the secretariat's):
                            // exactly those who may read e-mail and gender.
                            n.traineeEmail(),
                            t == null ? null : t.gender(),
                            n.status(),
                            n.waitlistPosition(),
                            n.nominatedBy(),
                            n.nominatedAt());
                })
                .toList();
    }

    /**
     * Nominates a person, exactly as on the programme page: the nomination goes to the secretariat's
     * approvals inbox. 201 with the nomination; 400 naming the field for bad input; 403 for an
     * organisation outside the caller's scope (a forged key); 404 for a programme the caller cannot see.
     */
    @PostMapping("/{programmeId}/nominations")
    @ApiAccess(roles = {Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
    ResponseEntity<NominationItem> nominate(
            @PathVariable long programmeId, @RequestBody(required = false) @Nullable NominationRequest body) {
        programmes.byId(programmeId).orElseThrow(TrainingApi::notFound);
        NominationRequest request =
                body == null ? new NominationRequest(null, null, null, null, null, null, null) : body;
        long id = nominations.nominate(programmeId, input(request));
        NominationItem created = nominations(programmeId).stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow(() -> new PermissionDeniedException(TrainingPlugin.NOMINATE));
        return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + programmeId + "/nominations"))
                .body(created);
    }

    private static TraineeInput input(NominationRequest r) {
        OrganisationKey organisation = null;
        if (r.organisation() != null && !r.organisation().isBlank()) {
            try {
                organisation = OrganisationKey.of(r.organisation().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("organisation", "training.invalid.organisation");
            }
        }
        Gender gender = null;
        if (r.gender() != null && !r.gender().isBlank()) {
            try {
                gender = Gender.valueOf(r.gender().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("gender", "training.api.invalid-value", "gender", r.gender());
            }
        }
        return new TraineeInput(r.name(), r.position(), r.department(), organisation, r.email(), r.language(), gender);
    }

    private static @Nullable ProgrammeStatus status(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ProgrammeStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "training.api.invalid-value", "status", text);
        }
    }

    private static int number(Map<String, String> parameters, String name, int otherwise, int min, int max) {
        String text = parameters.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw new InvalidInputException(name, "training.api.out-of-range", name, min, max);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
