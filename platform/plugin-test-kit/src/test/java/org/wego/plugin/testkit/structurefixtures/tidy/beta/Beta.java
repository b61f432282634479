package org.wego.plugin.testkit.structurefixtures.tidy.beta;

import org.wego.plugin.testkit.structurefixtures.tidy.alpha.Alpha;

/** Feature beta uses feature alpha through its public type: allowed, and no cycle. */
public final class Beta {

    private Beta() {}

    public static String name() {
        return "beta of " + Alpha.name();
    }
}
