/**
 * User accounts: the secretariat (and a regional office, for member-city users of its region)
 * invites people into Keycloak through its admin API, lists an organisation's users, deactivates
 * and reactivates them. Keycloak holds the accounts; the platform keeps no copy.
 */
@NullMarked
package org.wego.platform.users;

import org.jspecify.annotations.NullMarked;
