/**
 * How the platform stops: the web server finishes its requests first, then the background workers
 * (outbox, plugin jobs) stop taking work and finish what is in flight, and only then does the
 * connection pool close.
 */
@NullMarked
package org.wego.platform.shutdown;

import org.jspecify.annotations.NullMarked;
