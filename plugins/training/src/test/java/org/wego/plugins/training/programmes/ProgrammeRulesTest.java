package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.TraineeInput;
import org.wego.plugins.training.nominations.TraineeRules;

/** The checks of a programme's and a trainee's input, without a database. */
class ProgrammeRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    static ProgrammeInput programme(String titleEn, int capacity, int quota, LocalDate deadline) {
        return new ProgrammeInput(
                titleEn,
                "스마트시티 연수",
                "Five days on smart-city data.",
                null,
                OrganisationKey.of("kr-seoul"),
                ProgrammeMode.ON_SITE,
                "Seoul HRD Center",
                "EN",
                START,
                START.plusDays(4),
                deadline,
                capacity,
                quota,
                null);
    }

    @Test
    void aGoodProgrammeIsTrimmedAndStartsAsADraft() {
        ProgrammeInput clean = ProgrammeRules.clean(programme("  Smart City Data  ", 20, 2, START.minusDays(14)));
        assertThat(clean.titleEn()).isEqualTo("Smart City Data");
        assertThat(clean.language()).isEqualTo("en");
        assertThat(clean.status()).isEqualTo(ProgrammeStatus.DRAFT);
    }

    @Test
    void markupAndSqlLookingTitlesAreStoredAsTyped() {
        for (String title : new String[] {
            "<script>alert(1)</script>",
            "x'; DROP TABLE training_programme; --",
            "Seoul -- Smart City Week",
            "Population > 1 million",
            "\"Smart\" cities /* 2027 */; update"
        }) {
            assertThat(ProgrammeRules.clean(programme(title, 20, 2, START.minusDays(14)))
                            .titleEn())
                    .isEqualTo(title);
        }
    }

    @Test
    void badProgrammesAreRefusedNamingTheField() {
        assertRefused(programme(" ", 20, 2, START), "titleEn", "input.invalid.required");
        assertRefused(programme("Data\u0000", 20, 2, START), "titleEn", "input.invalid.control");
        assertRefused(programme("A".repeat(201), 20, 2, START), "titleEn", "input.invalid.too-long");
        assertRefused(programme("Data", 0, 1, START), "capacity", "training.invalid.capacity");
        assertRefused(programme("Data", 20, 21, START), "quota", "training.invalid.quota");
        assertRefused(programme("Data", 20, 0, START), "quota", "training.invalid.quota");
        assertRefused(programme("Data", 20, 2, START.plusDays(1)), "deadline", "training.invalid.deadline-after-start");
    }

    @Test
    void badTraineesAreRefusedNamingTheField() {
        var city = OrganisationKey.of("vn-hanoi");
        assertThat(TraineeRules.clean(new TraineeInput(" Lan ", null, null, city, "Lan@Hanoi.example.org", "vi", null)))
                .isEqualTo(
                        new TraineeInput("Lan", null, null, city, "lan@hanoi.example.org", "vi", Gender.UNDISCLOSED));
        assertThatThrownBy(() ->
                        TraineeRules.clean(new TraineeInput("Lan", null, null, city, "not-an-address", "vi", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> TraineeRules.clean(new TraineeInput("Lan", null, null, null, "lan@x.org", "vi", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("organisation"));
        assertThatThrownBy(() -> TraineeRules.clean(new TraineeInput("Lan", null, null, city, "lan@x.org", "xx", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.invalid.language"));
    }

    @Test
    void sessionsAreCheckedAndReturnedInTimeOrder() {
        var late = new SessionInput(START.plusDays(1), LocalTime.of(14, 0), LocalTime.of(17, 0), " Asia/Seoul ");
        var early = new SessionInput(START, LocalTime.of(9, 0), LocalTime.of(12, 0), "Asia/Seoul");
        var sameDay = new SessionInput(START, LocalTime.of(13, 0), LocalTime.of(16, 0), "Asia/Seoul");
        ProgrammeInput clean = ProgrammeRules.clean(withSessions(ProgrammeMode.ON_SITE, late, sameDay, early));
        assertThat(clean.sessions())
                .containsExactly(
                        early,
                        sameDay,
                        new SessionInput(START.plusDays(1), LocalTime.of(14, 0), LocalTime.of(17, 0), "Asia/Seoul"));
        // Not given: none on creation.
        assertThat(ProgrammeRules.clean(programme("Data", 20, 2, START)).sessions())
                .isEmpty();
    }

    @Test
    void anOnlineProgrammesSessionsAreInUtc() {
        var etcUtc = new SessionInput(START, LocalTime.of(9, 0), LocalTime.of(10, 0), "Etc/UTC");
        assertThat(ProgrammeRules.clean(withSessions(ProgrammeMode.ONLINE, etcUtc))
                        .sessions()
                        .getFirst()
                        .zone())
                .isEqualTo("UTC");
        var seoul = new SessionInput(START, LocalTime.of(9, 0), LocalTime.of(10, 0), "Asia/Seoul");
        assertSessionRefused(withSessions(ProgrammeMode.ONLINE, seoul), "training.session.invalid.online-utc", 1);
        // A hybrid or on-site programme is in its venue's zone.
        assertThat(ProgrammeRules.clean(withSessions(ProgrammeMode.HYBRID, seoul))
                        .sessions())
                .hasSize(1);
    }

    @Test
    void badSessionsAreRefusedNamingTheRow() {
        var good = new SessionInput(START, LocalTime.of(9, 0), LocalTime.of(12, 0), "Asia/Seoul");
        assertSessionRefused(
                withSessions(ProgrammeMode.ON_SITE, good, new SessionInput(START, null, LocalTime.NOON, "UTC")),
                "training.session.invalid.incomplete",
                2);
        assertSessionRefused(
                withSessions(
                        ProgrammeMode.ON_SITE,
                        new SessionInput(START, LocalTime.of(9, 0), LocalTime.NOON, "Mars/Olympus")),
                "training.session.invalid.zone",
                1);
        assertSessionRefused(
                withSessions(
                        ProgrammeMode.ON_SITE, new SessionInput(START, LocalTime.of(9, 0), LocalTime.NOON, "+09:00")),
                "training.session.invalid.zone",
                1);
        assertSessionRefused(
                withSessions(
                        ProgrammeMode.ON_SITE,
                        good,
                        new SessionInput(START.minusDays(1), LocalTime.of(9, 0), LocalTime.NOON, "Asia/Seoul")),
                "training.session.invalid.outside-dates",
                2);
        assertSessionRefused(
                withSessions(
                        ProgrammeMode.ON_SITE,
                        new SessionInput(START.plusDays(5), LocalTime.of(9, 0), LocalTime.NOON, "Asia/Seoul")),
                "training.session.invalid.outside-dates",
                1);
        assertSessionRefused(
                withSessions(
                        ProgrammeMode.ON_SITE, new SessionInput(START, LocalTime.NOON, LocalTime.NOON, "Asia/Seoul")),
                "training.session.invalid.end-before-start",
                1);
        assertSessionRefused(
                withSessions(
                        ProgrammeMode.ON_SITE,
                        good,
                        new SessionInput(START, LocalTime.of(11, 0), LocalTime.of(13, 0), "Asia/Seoul")),
                "training.session.invalid.overlap",
                2,
                1);
        // The same start twice is an overlap too (the table allows one session per date and start).
        assertSessionRefused(withSessions(ProgrammeMode.ON_SITE, good, good), "training.session.invalid.overlap", 2, 1);
    }

    @Test
    void aTimeInADaylightSavingGapIsRefused() {
        // New York skipped 02:00-03:00 on 14 March 2027.
        var gap = new SessionInput(
                LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), LocalTime.of(4, 0), "America/New_York");
        var input = new ProgrammeInput(
                "Data",
                "데이터",
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                ProgrammeMode.ON_SITE,
                "New York",
                "en",
                LocalDate.of(2027, 3, 14),
                LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 1),
                20,
                2,
                null,
                List.of(gap));
        assertSessionRefused(input, "training.session.invalid.no-such-time", 1);
    }

    @Test
    void atMostTwoHundredSessions() {
        var many = new ArrayList<SessionInput>();
        for (int day = 0; day < 5; day++) {
            for (int hour = 0; hour < 40; hour++) {
                var start = LocalTime.of(hour / 2, (hour % 2) * 30);
                many.add(new SessionInput(START.plusDays(day), start, start.plusMinutes(20), "UTC"));
            }
        }
        assertThat(ProgrammeRules.clean(withSessions(ProgrammeMode.ONLINE, many.toArray(SessionInput[]::new)))
                        .sessions())
                .hasSize(200);
        many.add(new SessionInput(START, LocalTime.of(23, 0), LocalTime.of(23, 30), "UTC"));
        assertSessionRefused(
                withSessions(ProgrammeMode.ONLINE, many.toArray(SessionInput[]::new)),
                "training.session.invalid.too-many",
                200);
    }

    @Test
    void aSessionStartsAndEndsInItsZone() {
        var session = new Session(1, START, LocalTime.of(9, 0), LocalTime.of(12, 0), java.time.ZoneId.of("Asia/Seoul"));
        assertThat(session.startsAt().toInstant()).isEqualTo(java.time.Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(session.endsAt().toInstant()).isEqualTo(java.time.Instant.parse("2027-03-01T03:00:00Z"));
    }

    @Test
    void eligibilityAdmitsOnlyWhatEveryGivenCriterionAllows() {
        var chengdu = OrganisationKey.of("ro-chengdu");
        Organisation asianCity = organisation(OrganisationType.CITY, Continent.ASIA, chengdu);
        Organisation africanCity =
                organisation(OrganisationType.CITY, Continent.AFRICA, OrganisationKey.of("ro-abuja"));
        Organisation asianCompany = organisation(OrganisationType.COMPANY, Continent.ASIA, null);
        Organisation noContinent = organisation(OrganisationType.CITY, null, null);

        assertThat(List.of(asianCity, africanCity, asianCompany, noContinent)).allMatch(Eligibility.ALL::admits);
        var asianCities = new Eligibility(Set.of(OrganisationType.CITY), Set.of(Continent.ASIA), Set.of());
        assertThat(asianCities.admits(asianCity)).isTrue();
        assertThat(asianCities.admits(africanCity)).isFalse();
        assertThat(asianCities.admits(asianCompany)).isFalse();
        assertThat(asianCities.admits(noContinent)).isFalse();
        var region = new Eligibility(Set.of(), Set.of(), Set.of(chengdu));
        assertThat(region.admits(asianCity)).isTrue();
        assertThat(region.admits(asianCompany)).isFalse();
        var twoContinents = new Eligibility(Set.of(), Set.of(Continent.ASIA, Continent.AFRICA), Set.of());
        assertThat(twoContinents.admits(africanCity)).isTrue();

        assertThat(Eligibility.fromColumns(
                        asianCities.typesColumn(), asianCities.continentsColumn(), region.officesColumn()))
                .isEqualTo(new Eligibility(Set.of(OrganisationType.CITY), Set.of(Continent.ASIA), Set.of(chengdu)));
        assertThat(Eligibility.fromColumns(null, null, null)).isEqualTo(Eligibility.ALL);

        var partners = new Eligibility(Set.of(OrganisationType.PARTNER), Set.of(), Set.of());
        assertThatThrownBy(() -> ProgrammeRules.eligibility(partners))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("eligibility"));
    }

    @Test
    void statusesMoveForwardOrAreCancelledAndAClosedProgrammeReopens() {
        assertThat(ProgrammeRules.changesFrom(ProgrammeStatus.DRAFT))
                .containsExactly(
                        ProgrammeStatus.DRAFT,
                        ProgrammeStatus.OPEN,
                        ProgrammeStatus.CLOSED,
                        ProgrammeStatus.RUNNING,
                        ProgrammeStatus.COMPLETED,
                        ProgrammeStatus.CANCELLED);
        assertThat(ProgrammeRules.changesFrom(ProgrammeStatus.CLOSED))
                .containsExactly(
                        ProgrammeStatus.CLOSED,
                        ProgrammeStatus.OPEN,
                        ProgrammeStatus.RUNNING,
                        ProgrammeStatus.COMPLETED,
                        ProgrammeStatus.CANCELLED);
        assertThat(ProgrammeRules.mayChange(ProgrammeStatus.OPEN, ProgrammeStatus.DRAFT))
                .isFalse();
        assertThat(ProgrammeRules.mayChange(ProgrammeStatus.RUNNING, ProgrammeStatus.OPEN))
                .isFalse();
        assertThat(ProgrammeRules.changesFrom(ProgrammeStatus.COMPLETED)).containsExactly(ProgrammeStatus.COMPLETED);
        assertThat(ProgrammeRules.changesFrom(ProgrammeStatus.CANCELLED)).containsExactly(ProgrammeStatus.CANCELLED);
    }

    private static Organisation organisation(
            OrganisationType type, @Nullable Continent continent, @Nullable OrganisationKey office) {
        return new Organisation(
                1,
                OrganisationKey.of("xx-somewhere"),
                type,
                "Somewhere",
                "어딘가",
                null,
                "XX",
                continent,
                false,
                office,
                MembershipStatus.MEMBER,
                null,
                null,
                null,
                1);
    }

    private static ProgrammeInput withSessions(ProgrammeMode mode, SessionInput... sessions) {
        return new ProgrammeInput(
                "Data",
                "데이터",
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                mode,
                "Seoul HRD Center",
                "en",
                START,
                START.plusDays(4),
                START.minusDays(14),
                20,
                2,
                null,
                List.of(sessions));
    }

    private static void assertSessionRefused(ProgrammeInput input, String key, Object... arguments) {
        assertThatThrownBy(() -> ProgrammeRules.clean(input)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("sessions");
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }

    private static void assertRefused(ProgrammeInput input, String field, String key) {
        assertThatThrownBy(() -> ProgrammeRules.clean(input)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
