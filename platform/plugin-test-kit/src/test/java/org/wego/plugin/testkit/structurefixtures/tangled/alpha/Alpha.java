package org.wego.plugin.testkit.structurefixtures.tangled.alpha;

import org.wego.plugin.testkit.structurefixtures.tangled.beta.Beta;

/** Uses beta, which uses alpha: a cycle. */
public final class Alpha {

    private Alpha() {}

    public static String name() {
        return "alpha";
    }

    public static String withBeta() {
        return name() + Beta.name();
    }
}
