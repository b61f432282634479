package org.wego.plugins.membership.profiles;

/** The smart-city topics a member works on; labels are {@code membership.focus.<NAME>} in both bundles. */
public enum FocusArea {
    MOBILITY,
    ENERGY,
    ENVIRONMENT,
    WATER,
    SAFETY,
    HEALTH,
    GOVERNANCE,
    DIGITAL_INCLUSION,
    DATA_PLATFORMS,
    ECONOMY;

    public String labelKey() {
        return "membership.focus." + name();
    }
}
