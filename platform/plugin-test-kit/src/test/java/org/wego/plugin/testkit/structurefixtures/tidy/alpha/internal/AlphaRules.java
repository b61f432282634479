package org.wego.plugin.testkit.structurefixtures.tidy.alpha.internal;

/** Internal to feature alpha: public for alpha's own package only. */
public final class AlphaRules {

    private AlphaRules() {}

    public static String clean(String text) {
        return text.strip();
    }
}
