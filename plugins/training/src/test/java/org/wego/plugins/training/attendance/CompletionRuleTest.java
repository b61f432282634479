package org.wego.plugins.training.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void eightyPercentIsReachedExactlyWithoutRounding() {
        assertThat(CompletionRule.completes(4, 5, 80)).isTrue();
        assertThat(CompletionRule.completes(3, 5, 80)).isFalse();
        assertThat(CompletionRule.completes(8, 10, 80)).isTrue();
        assertThat(CompletionRule.completes(7, 9, 80)).isFalse(); // 77.8 %
        assertThat(CompletionRule.completes(8, 9, 80)).isTrue(); // 88.9 %
        assertThat(CompletionRule.completes(2, 3, 67)).isFalse(); // 66.7 % < 67 %
        assertThat(CompletionRule.completes(2, 3, 66)).isTrue();
    }

    @Test
    void allOrOneSessionAndTheEdges() {
        assertThat(CompletionRule.completes(5, 5, 100)).isTrue();
        assertThat(CompletionRule.completes(4, 5, 100)).isFalse();
        assertThat(CompletionRule.completes(1, 5, 1)).isTrue();
        assertThat(CompletionRule.completes(0, 5, 1)).isFalse();
        assertThat(CompletionRule.completes(0, 0, 80)).isFalse(); // no sessions: nobody completes
        assertThat(CompletionRule.completes(9, 5, 100)).isTrue(); // never more than all
    }

    @Test
    void aRuleIsOneToAHundredPercent() {
        assertThat(CompletionRule.isValid(0)).isFalse();
        assertThat(CompletionRule.isValid(1)).isTrue();
        assertThat(CompletionRule.isValid(100)).isTrue();
        assertThat(CompletionRule.isValid(101)).isFalse();
        assertThat(CompletionRule.DEFAULT_PERCENT).isEqualTo(80);
    }
}
