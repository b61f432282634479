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

    /**
     * Marks this plugin's finding of that kind and subject resolved (acknowledged) by the signed-in
     * secretariat, once: for a plugin that has acted on it, e.g. created the records a seed left to
     * the secretariat's confirmation. Joins the caller's transaction, so what the plugin did and the
     * resolution commit or roll back together; audited. Of two officers resolving it at the same time,
     * one does and the other is answered {@code false}.
     *
     * @param kind the finding's kind, as recorded
     * @param subject the finding's subject, as recorded
     * @return whether this call resolved it: {@code false} when it is resolved already or was never
     *     recorded
     * @throws PermissionDeniedException for anyone but the secretariat
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    boolean resolve(String kind, String subject);
}
