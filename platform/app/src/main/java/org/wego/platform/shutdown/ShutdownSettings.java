package org.wego.platform.shutdown;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.SmartLifecycle;

/**
 * {@code wego.shutdown.*}: how long a stopping platform waits for work in flight.
 *
 * @param grace the most a background worker waits for its running work before it gives up on it
 *     ({@code WEGO_SHUTDOWN_GRACE}); the web server waits as long for open requests
 */
@ConfigurationProperties("wego.shutdown")
public record ShutdownSettings(Duration grace) {

    /**
     * The lifecycle phase of background workers that write to the database. Spring stops higher phases
     * first: the web server (graceful phase {@code DEFAULT_PHASE - 1024}, stop {@code DEFAULT_PHASE - 2048})
     * has stopped taking requests, so nothing queues new work, and the connection pool is closed only
     * after every lifecycle bean has stopped.
     */
    public static final int BACKGROUND_WORK_PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    public ShutdownSettings {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("wego.shutdown.grace must not be negative");
        }
    }
}
