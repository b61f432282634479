package org.wego.platform.users;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service-account client through which the platform manages users in Keycloak.
 *
 * @param adminClientId the client ({@code WEGO_ADMIN_CLIENT_ID}, {@code wego-admin})
 * @param adminClientSecret its secret ({@code WEGO_ADMIN_CLIENT_SECRET}); empty means user
 *     administration is unavailable and says so when used
 */
@ConfigurationProperties("wego.users")
record UserAdminSettings(String adminClientId, String adminClientSecret) {}
