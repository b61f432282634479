package org.wego.plugin.testkit.structurefixtures.tangled.beta.internal;

/** Internal to feature beta (public only so that beta's own package can use it). */
public final class BetaRules {

    private BetaRules() {}

    public static String clean(String text) {
        return text.strip();
    }
}
