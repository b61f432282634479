/**
 * Notifications: in the platform (a bell with the unread count, the notification centre) and by
 * e-mail through an outbox that sends only after the change commits and retries while the mail
 * server is down; the secretariat's outbox screen shows what was sent and, with the local mail sink,
 * every mail the sink received (Keycloak's included).
 */
@NullMarked
package org.wego.platform.notifications;

import org.jspecify.annotations.NullMarked;
