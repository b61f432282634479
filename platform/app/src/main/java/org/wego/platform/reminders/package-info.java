/**
 * Deadline reminders that plugins declare: the sweep that asks each plugin for its coming deadlines
 * and queues each reminder once in the cluster (a unique key in {@code platform_reminder}), delivered
 * through the notifications and the mail outbox.
 */
@NullMarked
package org.wego.platform.reminders;

import org.jspecify.annotations.NullMarked;
