/**
 * Access to the test stack started once per {@code ./wego test} run: MariaDB, Keycloak and the
 * mail sink, found through {@code WEGO_TEST_*} environment variables. Nothing here starts servers;
 * a test that runs without the stack fails with a message saying how to start it.
 */
@NullMarked
package org.wego.teststack;

import org.jspecify.annotations.NullMarked;
