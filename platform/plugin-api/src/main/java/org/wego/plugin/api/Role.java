package org.wego.plugin.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform roles. A user holds them as Keycloak realm roles; every route, menu entry and widget
 * names the roles it allows.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public enum Role {
    /** Staff of the WeGO secretariat in Seoul: sees and decides everything. */
    SECRETARIAT("secretariat"),
    /** Staff of a regional office: sees the members of its own region only. */
    REGIONAL_OFFICE("regional-office"),
    /** Officials of a member city, company or institution: see and change their own organisation only. */
    MEMBER_CITY("member-city");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The realm role name as it appears in the identity provider and in tokens. */
    public String claimValue() {
        return claimValue;
    }

    /** The role with the given realm role name, or empty for a role the platform does not know. */
    public static Optional<Role> fromClaimValue(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
