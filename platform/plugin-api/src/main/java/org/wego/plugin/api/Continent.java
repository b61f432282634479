package org.wego.plugin.api;

/** The continent groups WeGO reports by (the Middle East is its own group). */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public enum Continent {
    ASIA,
    AFRICA,
    EUROPE,
    AMERICAS,
    MIDDLE_EAST,
    OCEANIA
}
