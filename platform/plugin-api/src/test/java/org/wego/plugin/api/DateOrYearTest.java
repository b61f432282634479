package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A day, or the year alone: what a form may give, how it reads, how it sorts; no I/O. */
class DateOrYearTest {

    private static final InputField YEAR = InputField.of("year");
    private static final InputField END = InputField.of("endDate");
    private static final LocalDate MAY_21 = LocalDate.of(2018, 5, 21);

    /** Answers with the key and its arguments, so the test sees which wording was asked for. */
    private static final Messages MESSAGES = new Messages() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String get(String key, Object... arguments) {
            return key + Arrays.toString(arguments);
        }
    };

    @Test
    void theYearAloneIsAYearOnlyValue() {
        DateOrYear checked = DateOrYear.check(YEAR, 2018, null);

        assertThat(checked).isEqualTo(DateOrYear.ofYear(2018));
        assertThat(checked.yearOnly()).isTrue();
        assertThat(checked.date()).isNull();
    }

    @Test
    void theDayAloneGivesItsYear() {
        DateOrYear checked = DateOrYear.check(YEAR, null, MAY_21);

        assertThat(checked).isEqualTo(DateOrYear.of(MAY_21));
        assertThat(checked.year()).isEqualTo(2018);
        assertThat(checked.yearOnly()).isFalse();
    }

    @Test
    void aYearAndADayThatAgreeAreTheDay() {
        assertThat(DateOrYear.check(YEAR, 2018, MAY_21)).isEqualTo(new DateOrYear(2018, MAY_21));
    }

    @Test
    void aYearThatDiffersFromTheDaysIsRefusedOnTheYearNamingTheDaysYear() {
        assertThatThrownBy(() -> DateOrYear.check(YEAR, 2019, MAY_21))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(YEAR);
                    assertThat(e.messageKey()).isEqualTo("dates.invalid.year-differs");
                    assertThat(e.arguments()).containsExactly(2018);
                });
    }

    @Test
    void aYearOutOfRangeIsRefusedWithTheRange() {
        for (int year : new int[] {1899, 2201, 0, -5, 20180}) {
            assertThatThrownBy(() -> DateOrYear.check(YEAR, year, null))
                    .as("year %d", year)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.input()).isEqualTo(YEAR);
                        assertThat(e.messageKey()).isEqualTo("dates.invalid.year");
                        assertThat(e.arguments()).containsExactly(DateOrYear.MIN_YEAR, DateOrYear.MAX_YEAR);
                    });
        }
        assertThatThrownBy(() -> DateOrYear.check(YEAR, null, LocalDate.of(1850, 1, 1)))
                .as("a day out of range too")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dates.invalid.year"));
        assertThat(DateOrYear.check(YEAR, DateOrYear.MIN_YEAR, null).year()).isEqualTo(1900);
        assertThat(DateOrYear.check(YEAR, DateOrYear.MAX_YEAR, null).year()).isEqualTo(2200);
    }

    @Test
    void neitherYearNorDayIsRequired() {
        assertThatThrownBy(() -> DateOrYear.check(YEAR, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(YEAR);
                    assertThat(e.messageKey()).isEqualTo("input.invalid.required");
                });
    }

    @Test
    void theValueItselfRefusesWhatCheckWouldRefuse() {
        assertThatThrownBy(() -> DateOrYear.ofYear(1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateOrYear(2019, MAY_21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndIsOptionalAndNeverBeforeTheFirstDay() {
        DateOrYear start = DateOrYear.of(MAY_21);

        assertThat(DateOrYear.checkEnd(END, start, null)).isNull();
        assertThat(DateOrYear.checkEnd(END, start, MAY_21)).isEqualTo(MAY_21);
        assertThat(DateOrYear.checkEnd(END, start, MAY_21.plusDays(4))).isEqualTo(LocalDate.of(2018, 5, 25));
        assertThat(DateOrYear.checkEnd(END, start, LocalDate.of(2019, 1, 2)))
                .as("a period may run into the next year")
                .isEqualTo(LocalDate.of(2019, 1, 2));
        assertThatThrownBy(() -> DateOrYear.checkEnd(END, start, MAY_21.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(END);
                    assertThat(e.messageKey()).isEqualTo("dates.invalid.end-before-start");
                });
    }

    @Test
    void anEndNeedsAFirstDayKnownToTheDay() {
        assertThat(DateOrYear.checkEnd(END, DateOrYear.ofYear(2018), null)).isNull();
        assertThatThrownBy(() -> DateOrYear.checkEnd(END, DateOrYear.ofYear(2018), MAY_21))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(END);
                    assertThat(e.messageKey()).isEqualTo("dates.invalid.end-without-start");
                });
    }

    @Test
    void aDayShowsAsItselfAndAYearAloneSaysTheDateIsNotRecorded() {
        assertThat(DateOrYear.of(MAY_21).show(MESSAGES)).isEqualTo("2018-05-21");
        assertThat(DateOrYear.ofYear(2018).show(MESSAGES)).isEqualTo("dates.year-only[2018]");
    }

    @Test
    void aPeriodShowsBothDaysOneDayOrTheYearAlone() {
        DateOrYear start = DateOrYear.of(MAY_21);

        assertThat(start.showPeriod(LocalDate.of(2018, 5, 25), MESSAGES)).isEqualTo("2018-05-21 – 2018-05-25");
        assertThat(start.showPeriod(MAY_21, MESSAGES)).isEqualTo("2018-05-21");
        assertThat(start.showPeriod(null, MESSAGES)).isEqualTo("2018-05-21");
        assertThat(DateOrYear.ofYear(2018).showPeriod(null, MESSAGES)).isEqualTo("dates.year-only.period[2018]");
    }

    @Test
    void valuesSortByYearTheYearAloneFirstThenByDay() {
        DateOrYear year2018 = DateOrYear.ofYear(2018);
        DateOrYear may2018 = DateOrYear.of(MAY_21);
        DateOrYear june2018 = DateOrYear.of(LocalDate.of(2018, 6, 1));
        DateOrYear year2019 = DateOrYear.ofYear(2019);
        DateOrYear january2019 = DateOrYear.of(LocalDate.of(2019, 1, 1));
        var values = new ArrayList<>(List.of(january2019, june2018, year2019, may2018, year2018));
        Collections.shuffle(values, new java.util.Random(15));

        Collections.sort(values);

        assertThat(values).containsExactly(year2018, may2018, june2018, year2019, january2019);
        assertThat(may2018.compareTo(DateOrYear.of(MAY_21))).isZero();
    }
}
