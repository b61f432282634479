/**
 * Deadlines of the agreements: the notice deadline (the expiry less the notice period) and the expiry of each
 * live agreement, reminded through the kit's deadline reminders, listed soonest first in the due view, and
 * published as an {@code .ics} feed behind a per-user secret token.
 */
@NullMarked
package org.wego.plugins.agreements.deadlines;

import org.jspecify.annotations.NullMarked;
