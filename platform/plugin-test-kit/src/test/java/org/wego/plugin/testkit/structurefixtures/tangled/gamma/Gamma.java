package org.wego.plugin.testkit.structurefixtures.tangled.gamma;

import org.wego.plugin.testkit.structurefixtures.tangled.beta.internal.BetaRules;

/** The cross-feature import the structure test refuses: another feature's internal type. */
public final class Gamma {

    private Gamma() {}

    public static String name() {
        return BetaRules.clean(" gamma ");
    }
}
