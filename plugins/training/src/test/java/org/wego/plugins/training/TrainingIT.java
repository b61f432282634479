package org.wego.plugins.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * The training plugin in a real platform on MariaDB: only the secretariat creates programmes; a city
 * nominates its own officials only, a regional office those of its region's cities only (forged
 * organisations refused); a nomination is decided in the approvals inbox and takes a seat or waits.
 */
@WegoPluginTest
class TrainingIT {

    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey ABUJA_OFFICE = OrganisationKey.of("ro-abuja");

    @Test
    void thePluginStarts(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        assertThat(platform.pluginStarted()).isTrue();
    }

    @Test
    void theProgrammesPageListsForEveryRoleAndShowsTheFormToTheSecretariatOnly(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        String title = "Listed " + System.nanoTime();
        t.openProgramme(title, 10, 2);
        assertThat(platform.open("training/programmes", Role.SECRETARIAT).body())
                .contains("Training programmes")
                .contains(title)
                .contains("Create the programme");
        for (Role role : List.of(Role.MEMBER_CITY, Role.REGIONAL_OFFICE)) {
            assertThat(platform.open("training/programmes", role).body())
                    .contains(title)
                    .doesNotContain("Create the programme");
        }
        assertThat(platform.open("", Role.MEMBER_CITY).body()).contains("Training programmes");
    }

    @Test
    void onlyTheSecretariatCreatesProgrammesAndBadInputIsRefusedWithNothingSaved(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        Organisation city = t.cities(CHENGDU_OFFICE, 1).getFirst();
        long before = count(t);
        try (var acting = t.as(Role.MEMBER_CITY, city.key())) {
            assertThatThrownBy(() -> t.createProgramme("Forged", 10, 2)).isInstanceOf(PermissionDeniedException.class);
        }
        assertThatThrownBy(() -> t.openProgramme("x".repeat(5_000), 10, 2))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("titleEn"));
        assertThatThrownBy(() -> t.openProgramme("Too many per city", 10, 11))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quota"));
        assertThat(count(t)).isEqualTo(before);

        long id = t.openProgramme("Smart City Data " + System.nanoTime(), 10, 2);
        assertThat(count(t)).isEqualTo(before + 1);
        try (var acting = t.as(Role.MEMBER_CITY, city.key())) {
            assertThat(t.programmes("byId", id).toString()).contains("Smart City Data");
        }
    }

    @Test
    void aRegionalOfficeNominatesForItsRegionsCitiesOnlyAndACityForItselfOnly(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Scope " + System.nanoTime(), 10, 2);
        List<Organisation> chengdu = t.cities(CHENGDU_OFFICE, 2);
        Organisation inRegion = chengdu.get(0);
        Organisation otherInRegion = chengdu.get(1);
        Organisation outside = t.cities(ABUJA_OFFICE, 1).getFirst();
        String tag = Long.toString(System.nanoTime());

        long nomination;
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            nomination = (Long) t.nominations(
                    "nominate", programme, t.trainee("Li Na", inRegion.key(), "li.na." + tag + "@example.org"));
            assertThatThrownBy(() -> t.nominations(
                            "nominate", programme, t.trainee("Ade", outside.key(), "ade." + tag + "@example.org")))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> t.nominations(
                            "nominate",
                            programme,
                            t.trainee("Nobody", OrganisationKey.of("xx-nowhere"), "no." + tag + "@example.org")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.invalid.organisation"));
            assertThatThrownBy(() -> t.nominations(
                            "nominate", programme, t.trainee("Li Na", inRegion.key(), "li.na." + tag + "@example.org")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.nomination.duplicate"));
        }
        try (var acting = t.as(Role.MEMBER_CITY, otherInRegion.key())) {
            assertThatThrownBy(() -> t.nominations(
                            "nominate", programme, t.trainee("Wang", inRegion.key(), "wang." + tag + "@example.org")))
                    .isInstanceOf(PermissionDeniedException.class);
            // Another city sees none of the first city's nominees, and cannot cancel them.
            assertThat((List<?>) t.nominations("ofProgramme", programme)).isEmpty();
            assertThatThrownBy(() -> t.nominations("cancel", nomination)).isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, ABUJA_OFFICE)) {
            assertThat((List<?>) t.nominations("ofProgramme", programme)).isEmpty();
        }
        try (var acting = t.as(Role.MEMBER_CITY, inRegion.key())) {
            assertThat((List<?>) t.nominations("ofProgramme", programme)).hasSize(1);
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            assertThatThrownBy(() -> t.nominations(
                            "nominate", programme, t.trainee("Sec", inRegion.key(), "sec." + tag + "@example.org")))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(t.statusOf(nomination)).isEqualTo("PENDING");
        t.decide(t.secretariat(), t.requestOf(nomination), ApprovalStatus.APPROVED);
        assertThat(t.statusOf(nomination)).isEqualTo("ENROLLED");
    }

    @Test
    void theQuotaWaitlistsTheThirdOfACityAndARejectionOrCancellationMovesTheWaitlistOn(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Quota " + System.nanoTime(), 3, 2);
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 2);
        OrganisationKey a = cities.get(0).key();
        OrganisationKey b = cities.get(1).key();
        String tag = Long.toString(System.nanoTime());
        long a1 = nominate(t, programme, a, "a1" + tag);
        long a2 = nominate(t, programme, a, "a2" + tag);
        long a3 = nominate(t, programme, a, "a3" + tag);
        long b1 = nominate(t, programme, b, "b1" + tag);
        long b2 = nominate(t, programme, b, "b2" + tag);
        var officer = t.secretariat();
        for (long n : List.of(a1, a2, a3, b1, b2)) {
            t.decide(officer, t.requestOf(n), ApprovalStatus.APPROVED);
        }
        assertThat(List.of(t.statusOf(a1), t.statusOf(a2), t.statusOf(a3), t.statusOf(b1), t.statusOf(b2)))
                .containsExactly("ENROLLED", "ENROLLED", "WAITLISTED", "ENROLLED", "WAITLISTED");

        // A's seat frees: A's own waiting entry is first in line and A is under its quota again.
        try (var acting = t.as(Role.MEMBER_CITY, a)) {
            t.nominations("cancel", a1);
        }
        assertThat(t.statusOf(a1)).isEqualTo("CANCELLED");
        assertThat(t.statusOf(a3)).isEqualTo("ENROLLED");
        assertThat(t.statusOf(b2)).isEqualTo("WAITLISTED");

        // The secretariat cancels B's: B's waiting entry moves up.
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.nominations("cancel", b1);
        }
        assertThat(t.statusOf(b2)).isEqualTo("ENROLLED");
    }

    @Test
    void aRejectionTakesNoSeatAndRaisingTheCapacityPromotesTheWaitingWhileAStaleEditIsRefused(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        String title = "Capacity " + System.nanoTime();
        long programme = t.openProgramme(title, 1, 1);
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 3);
        String tag = Long.toString(System.nanoTime());
        long first = nominate(t, programme, cities.get(0).key(), "c1" + tag);
        long second = nominate(t, programme, cities.get(1).key(), "c2" + tag);
        long rejected = nominate(t, programme, cities.get(2).key(), "c3" + tag);
        var officer = t.secretariat();
        t.decide(officer, t.requestOf(rejected), ApprovalStatus.REJECTED);
        t.decide(officer, t.requestOf(first), ApprovalStatus.APPROVED);
        t.decide(officer, t.requestOf(second), ApprovalStatus.APPROVED);
        assertThat(List.of(t.statusOf(rejected), t.statusOf(first), t.statusOf(second)))
                .containsExactly("REJECTED", "ENROLLED", "WAITLISTED");

        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.programmes("update", programme, 1L, t.programmeInput(title, 2, 1));
            assertThat(t.statusOf(second)).isEqualTo("ENROLLED");
            assertThatThrownBy(() -> t.programmes("update", programme, 1L, t.programmeInput(title, 5, 1)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.stale"));
        }
        try (var acting = t.as(Role.MEMBER_CITY, cities.get(0).key())) {
            assertThatThrownBy(() -> t.programmes("update", programme, 2L, t.programmeInput(title, 5, 1)))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    private static long nominate(TrainingCalls t, long programme, OrganisationKey city, String who) throws Exception {
        try (var acting = t.as(Role.MEMBER_CITY, city)) {
            return (Long) t.nominations("nominate", programme, t.trainee(who, city, who + "@example.org"));
        }
    }

    private static long count(TrainingCalls t) {
        return t.jdbc.sql("SELECT COUNT(*) FROM training_programme")
                .query(Long.class)
                .single();
    }
}
