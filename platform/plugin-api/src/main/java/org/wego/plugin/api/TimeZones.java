package org.wego.plugin.api;

import java.time.ZoneId;

/**
 * The time zone each user chose beside their language (on the account page), for showing times:
 * session starts, deadlines with a time, when something happened. Store instants, or local times with
 * their own zone (a venue's); convert with these only to show them.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface TimeZones {

    /** The platform's own zone: what a user who chose none sees, and where date-only deadlines fall. */
    ZoneId platformZone();

    /** The zone of the current request's user, or the platform's for an anonymous call or no choice. */
    ZoneId currentUser();

    /** A user's chosen zone ({@link SignedInUser#id()}), or the platform's if they chose none. */
    ZoneId of(String userId);
}
