/**
 * The application shell every signed-in view opens in: side navigation built from the navigation
 * registry for the user's roles, the user and their organisation, the language switch, sign-out;
 * plus the page shown when access is denied.
 */
@NullMarked
package org.wego.platform.shell;

import org.jspecify.annotations.NullMarked;
