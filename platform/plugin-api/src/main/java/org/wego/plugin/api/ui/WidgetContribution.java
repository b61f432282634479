package org.wego.plugin.api.ui;

import org.wego.plugin.api.Access;
import org.wego.plugin.api.Stability;

/**
 * A card on the home dashboard, shown only to users its {@link Access} permits.
 *
 * @param id unique among all widgets, prefixed with the contributor's id (e.g. {@code training.open-seats})
 * @param titleKey the message key of the card's title
 * @param order where it sorts: lower first; the platform's own cards use 0–99
 * @param access who sees the card
 * @param widget renders the card's content
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record WidgetContribution(String id, String titleKey, int order, Access access, DashboardWidget widget) {}
