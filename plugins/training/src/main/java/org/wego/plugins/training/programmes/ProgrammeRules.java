package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;

/** The rules a programme's input passes before it is saved (pure, no I/O). */
public final class ProgrammeRules {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_VENUE = 500;
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_SESSIONS = 200;
    static final int MAX_REGIONAL_OFFICES = 50;
    /** The zone of every online programme's sessions. */
    static final String ONLINE_ZONE = "UTC";

    private ProgrammeRules() {}

    /**
     * The input trimmed and checked: titles required, dates in order (deadline on or before the start,
     * start on or before the end), capacity 1..10,000, quota 1..capacity.
     *
     * @throws InvalidInputException naming the first bad field
     */
    static ProgrammeInput clean(ProgrammeInput input) {
        String titleEn = TextRules.required(ProgrammeInput.TITLE_EN, input.titleEn(), TextRules.MAX_NAME);
        String titleKo = TextRules.required(ProgrammeInput.TITLE_KO, input.titleKo(), TextRules.MAX_NAME);
        String descriptionEn =
                TextRules.optional(ProgrammeInput.DESCRIPTION_EN, input.descriptionEn(), MAX_DESCRIPTION, true);
        String descriptionKo =
                TextRules.optional(ProgrammeInput.DESCRIPTION_KO, input.descriptionKo(), MAX_DESCRIPTION, true);
        if (input.partner() == null) {
            throw InvalidInputException.of(ProgrammeInput.PARTNER, "training.invalid.required");
        }
        if (input.mode() == null) {
            throw InvalidInputException.of(ProgrammeInput.MODE, "training.invalid.required");
        }
        String venue = TextRules.required(ProgrammeInput.VENUE, input.venue(), MAX_VENUE);
        String language = TextRules.language(ProgrammeInput.LANGUAGE, input.language());
        LocalDate start = required(ProgrammeInput.START_DATE, input.startDate());
        LocalDate end = required(ProgrammeInput.END_DATE, input.endDate());
        LocalDate deadline = required(ProgrammeInput.DEADLINE, input.deadline());
        if (end.isBefore(start)) {
            throw InvalidInputException.of(ProgrammeInput.END_DATE, "training.invalid.end-before-start");
        }
        if (deadline.isAfter(start)) {
            throw InvalidInputException.of(ProgrammeInput.DEADLINE, "training.invalid.deadline-after-start");
        }
        if (input.capacity() < 1 || input.capacity() > MAX_CAPACITY) {
            throw InvalidInputException.of(ProgrammeInput.CAPACITY, "training.invalid.capacity", MAX_CAPACITY);
        }
        if (input.quota() < 1 || input.quota() > input.capacity()) {
            throw InvalidInputException.of(ProgrammeInput.QUOTA, "training.invalid.quota");
        }
        ProgrammeStatus status = input.status() == null ? ProgrammeStatus.DRAFT : input.status();
        List<SessionInput> sessions = sessions(input.mode(), start, end, input.sessionList());
        return new ProgrammeInput(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                input.partner(),
                input.mode(),
                venue,
                language,
                start,
                end,
                deadline,
                input.capacity(),
                input.quota(),
                status,
                sessions,
                eligibility(input.eligibilityOrAll()));
    }

    /**
     * The eligibility checked (field {@code eligibility}): member types only (cities, companies,
     * institutions), at most {@value #MAX_REGIONAL_OFFICES} regional offices. Whether the offices exist is
     * checked against the registry by {@link Programmes}.
     */
    static Eligibility eligibility(Eligibility given) {
        if (given.memberTypes().stream().anyMatch(type -> !type.isMemberType())) {
            throw InvalidInputException.of(ProgrammeInput.ELIGIBILITY, "training.programme.invalid.member-type");
        }
        if (given.regionalOffices().size() > MAX_REGIONAL_OFFICES) {
            throw InvalidInputException.of(
                    ProgrammeInput.ELIGIBILITY, "training.programme.invalid.too-many-offices", MAX_REGIONAL_OFFICES);
        }
        return given;
    }

    /**
     * Whether the secretariat may move a programme from one status to another by an edit: staying; any
     * step forward along DRAFT, OPEN, CLOSED, RUNNING, COMPLETED (skipping is allowed, e.g. a past
     * programme recorded as completed); re-opening a CLOSED programme (e.g. the deadline extended);
     * cancelling anything not finished. Never back to DRAFT (nominations may exist), nothing out of
     * COMPLETED or CANCELLED.
     */
    static boolean mayChange(ProgrammeStatus from, ProgrammeStatus to) {
        if (from == to) {
            return true;
        }
        if (from == ProgrammeStatus.COMPLETED || from == ProgrammeStatus.CANCELLED) {
            return false;
        }
        if (to == ProgrammeStatus.CANCELLED) {
            return true;
        }
        return to.ordinal() > from.ordinal() || (from == ProgrammeStatus.CLOSED && to == ProgrammeStatus.OPEN);
    }

    /** The statuses an edit may set on a programme now in this status (its own first). */
    static java.util.List<ProgrammeStatus> changesFrom(ProgrammeStatus from) {
        var allowed = new ArrayList<ProgrammeStatus>();
        allowed.add(from);
        for (ProgrammeStatus to : ProgrammeStatus.values()) {
            if (to != from && mayChange(from, to)) {
                allowed.add(to);
            }
        }
        return List.copyOf(allowed);
    }

    /**
     * Refuses a nomination for an organisation the programme does not admit.
     *
     * @param input the nomination's organisation input, which the refusal names
     * @throws InvalidInputException {@code input}, {@code training.invalid.not-eligible}
     */
    public static void requireEligible(
            Programme programme, org.wego.plugin.api.Organisation organisation, InputField input) {
        if (!programme.eligibility().admits(organisation)) {
            throw InvalidInputException.of(input, "training.invalid.not-eligible");
        }
    }

    /**
     * The daily sessions checked (field {@code sessions}, the message naming the row, 1-based): at most
     * {@value #MAX_SESSIONS}; each complete, within the programme's dates, starting before it ends, at a
     * local time that exists in its zone (not in a daylight-saving gap), in a valid IANA zone, UTC for an
     * online programme; none overlapping another on the same day. Returned in time order, the zone
     * normalised ({@code Etc/UTC} becomes {@code UTC}).
     */
    static List<SessionInput> sessions(ProgrammeMode mode, LocalDate first, LocalDate last, List<SessionInput> given) {
        if (given.size() > MAX_SESSIONS) {
            throw InvalidInputException.of(ProgrammeInput.SESSIONS, "training.session.invalid.too-many", MAX_SESSIONS);
        }
        var clean = new ArrayList<SessionInput>();
        var times = new ArrayList<ZonedDateTime[]>();
        for (int i = 0; i < given.size(); i++) {
            SessionInput session = given.get(i);
            int row = i + 1;
            if (session.date() == null
                    || session.start() == null
                    || session.end() == null
                    || session.zone() == null
                    || session.zone().isBlank()) {
                throw InvalidInputException.of(ProgrammeInput.SESSIONS, "training.session.invalid.incomplete", row);
            }
            ZoneId zone = zone(session.zone().strip(), row);
            if (mode == ProgrammeMode.ONLINE && !zone.normalized().equals(ZoneOffset.UTC)) {
                throw InvalidInputException.of(ProgrammeInput.SESSIONS, "training.session.invalid.online-utc", row);
            }
            if (zone.normalized().equals(ZoneOffset.UTC)) {
                zone = ZoneId.of(ONLINE_ZONE);
            }
            if (session.date().isBefore(first) || session.date().isAfter(last)) {
                throw InvalidInputException.of(ProgrammeInput.SESSIONS, "training.session.invalid.outside-dates", row);
            }
            if (!session.start().isBefore(session.end())) {
                throw InvalidInputException.of(
                        ProgrammeInput.SESSIONS, "training.session.invalid.end-before-start", row);
            }
            var starts = ZonedDateTime.of(session.date(), session.start(), zone);
            var ends = ZonedDateTime.of(session.date(), session.end(), zone);
            if (!starts.toLocalTime().equals(session.start())
                    || !ends.toLocalTime().equals(session.end())) {
                throw InvalidInputException.of(ProgrammeInput.SESSIONS, "training.session.invalid.no-such-time", row);
            }
            for (int j = 0; j < times.size(); j++) {
                ZonedDateTime[] other = times.get(j);
                boolean sameDay = clean.get(j).date().equals(session.date());
                if (sameDay && starts.isBefore(other[1]) && other[0].isBefore(ends)) {
                    throw InvalidInputException.of(
                            ProgrammeInput.SESSIONS, "training.session.invalid.overlap", row, j + 1);
                }
            }
            clean.add(new SessionInput(session.date(), session.start(), session.end(), zone.getId()));
            times.add(new ZonedDateTime[] {starts, ends});
        }
        clean.sort(Comparator.comparing(SessionInput::date).thenComparing(SessionInput::start));
        return List.copyOf(clean);
    }

    /** A region-based IANA zone such as {@code Asia/Seoul} or {@code UTC}; offsets like +09:00 are refused. */
    private static ZoneId zone(String id, int row) {
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw InvalidInputException.of(ProgrammeInput.SESSIONS, "training.session.invalid.zone", row);
        }
        return ZoneId.of(id);
    }

    private static LocalDate required(InputField field, @org.jspecify.annotations.Nullable LocalDate date) {
        if (date == null) {
            throw InvalidInputException.of(field, "training.invalid.required");
        }
        return date;
    }
}
