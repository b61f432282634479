package org.wego.plugin.testkit.structurefixtures.tidy.alpha;

import org.wego.plugin.testkit.structurefixtures.tidy.alpha.internal.AlphaRules;

/** A feature's public type, using the feature's own internals. */
public final class Alpha {

    private Alpha() {}

    public static String name() {
        return AlphaRules.clean("alpha");
    }
}
