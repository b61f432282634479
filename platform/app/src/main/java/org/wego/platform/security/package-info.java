/**
 * Sign-in through Keycloak (OIDC) and who the user is: realm roles become platform roles, the
 * {@code org_id} claim names the organisation. Keycloak is found lazily, so the platform starts and
 * keeps running while it is down and shows a clear page instead of failing.
 */
@NullMarked
package org.wego.platform.security;

import org.jspecify.annotations.NullMarked;
