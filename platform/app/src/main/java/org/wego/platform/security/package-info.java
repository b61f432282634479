/**
 * Sign-in through Keycloak (OIDC) and who the user is: realm roles become platform roles, the
 * {@code org_id} claim names the organisation. Keycloak is found lazily, so the platform starts and
 * keeps running while it is down and shows a clear page instead of failing. A browser session ends with
 * the account's Keycloak session on every node: revocations in the database (back-channel logout,
 * deactivation, sign-out), revalidation with Keycloak on user actions, idle and absolute limits.
 */
@NullMarked
package org.wego.platform.security;

import org.jspecify.annotations.NullMarked;
