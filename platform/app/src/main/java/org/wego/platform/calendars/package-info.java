/**
 * The platform's iCalendar writer on ical4j ({@link org.wego.plugin.api.Calendars} for plugins): stable
 * UIDs, a sequence per revision, cancellations that calendars apply to the events they added.
 */
@NullMarked
package org.wego.platform.calendars;

import org.jspecify.annotations.NullMarked;
