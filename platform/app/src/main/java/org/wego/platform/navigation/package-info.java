/**
 * Navigation as data: the views, menu entries and dashboard widgets contributed by the platform and
 * (later) by plugins, registered and removed at run time, and the server-side access check every
 * navigation passes through. A view that is not in the registry cannot be reached.
 */
@NullMarked
package org.wego.platform.navigation;

import org.jspecify.annotations.NullMarked;
