package org.wego.plugin.api;

/**
 * Findings about the quality of a plugin's data (a reported figure that differs from the counted
 * one, a seed line that could not be matched), shown with the plugin's name on the platform's
 * data-quality screen, where the secretariat resolves them (audited).
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface DataQuality {

    /**
     * Records a finding once: a finding of the same plugin, kind and subject, resolved or not, is
     * not recorded again (so a seed may record its findings on every start). Joins the caller's
     * transaction; needs no signed-in user.
     *
     * @return whether it was new
     */
    boolean record(NewFinding finding);
}
