package org.wego.plugins.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;

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
    void badProgrammesAreRefusedNamingTheField() {
        assertRefused(programme(" ", 20, 2, START), "titleEn", "training.invalid.required");
        assertRefused(programme("<script>alert(1)</script>", 20, 2, START), "titleEn", "training.invalid.markup");
        assertRefused(
                programme("x'; DROP TABLE training_programme; --", 20, 2, START), "titleEn", "training.invalid.sql");
        assertRefused(programme("A".repeat(201), 20, 2, START), "titleEn", "training.invalid.too-long");
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

    private static void assertRefused(ProgrammeInput input, String field, String key) {
        assertThatThrownBy(() -> ProgrammeRules.clean(input)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
