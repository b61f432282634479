package org.wego.plugin.testkit.structurefixtures.tangled.beta;

import org.wego.plugin.testkit.structurefixtures.tangled.alpha.Alpha;

/** Uses alpha, which uses beta: a cycle. */
public final class Beta {

    private Beta() {}

    public static String name() {
        return "beta";
    }

    public static String withAlpha() {
        return name() + Alpha.name();
    }
}
