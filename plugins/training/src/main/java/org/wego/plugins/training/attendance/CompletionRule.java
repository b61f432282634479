package org.wego.plugins.training.attendance;

/**
 * The completion rule of a programme: a trainee completes when the sessions attended reach the
 * minimum percentage of the programme's sessions. Kept in {@code training_completion_rule}; 80 % when
 * the secretariat has set none.
 */
public final class CompletionRule {

    public static final int DEFAULT_PERCENT = 80;

    private CompletionRule() {}

    /**
     * Whether attending {@code attended} of {@code sessions} sessions completes at {@code percent}.
     * Exact in integers (no rounding: 4 of 5 is 80 %, 7 of 9 is not 80 %); a programme without sessions
     * completes nobody.
     */
    static boolean completes(int attended, int sessions, int percent) {
        if (sessions <= 0 || attended < 0) {
            return false;
        }
        return (long) Math.min(attended, sessions) * 100 >= (long) percent * sessions;
    }

    /** Whether a percentage can be a rule: 1 to 100. */
    static boolean isValid(int percent) {
        return percent >= 1 && percent <= 100;
    }
}
