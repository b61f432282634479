package org.wego.platform.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.DueDate;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.ReminderRecipient;

class ReminderRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 20);
    private static final List<Integer> LEADS = List.of(7, 1);

    @Test
    void nothingIsDueBeforeTheLongestLeadTimesDay() {
        assertThat(ReminderRules.dueLead(DEADLINE.minusDays(8), DEADLINE, LEADS))
                .isEmpty();
    }

    @Test
    void eachLeadTimeIsDueFromItsDay() {
        assertThat(ReminderRules.dueLead(DEADLINE.minusDays(7), DEADLINE, LEADS))
                .hasValue(7);
        assertThat(ReminderRules.dueLead(DEADLINE.minusDays(3), DEADLINE, LEADS))
                .hasValue(7);
        assertThat(ReminderRules.dueLead(DEADLINE.minusDays(1), DEADLINE, LEADS))
                .hasValue(1);
        assertThat(ReminderRules.dueLead(DEADLINE, DEADLINE, LEADS)).hasValue(1);
    }

    @Test
    void aDeadlineEnteredLateGetsOnlyTheShortestDueLeadTime() {
        assertThat(ReminderRules.dueLead(DEADLINE, DEADLINE, List.of(30, 7, 0))).hasValue(0);
    }

    @Test
    void aPastDeadlineIsNeverReminded() {
        assertThat(ReminderRules.dueLead(DEADLINE.plusDays(1), DEADLINE, LEADS)).isEmpty();
    }

    @Test
    void aDeclarationOutsideTheContractIsRefusedWithItsReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Reminder("Bad Name", LEADS, "t", (from, until) -> List.of()))
                .hasMessageContaining("lower-case");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Reminder("ok", List.of(-1), "t", (from, until) -> List.of()))
                .hasMessageContaining("between 0 and 366");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReminderRecipient(null, null, java.util.Set.of()))
                .hasMessageContaining("a user or");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DueDate("", DEADLINE, List.of(), null, List.of()))
                .hasMessageContaining("1 to 100");
    }
}
