package org.wego.devstack;

import java.util.List;

/** One piece of the stack. Parts start in parallel and must not depend on each other. */
interface Part {

    String name();

    /** Ports to check before anything starts. */
    List<Ports.Wanted> ports();

    /** Kills processes a killed earlier run of this mode left behind. */
    void reapStale();

    /** Returns once the part answers requests. */
    void start() throws Exception;

    /** Idempotent; called from the shutdown hook, also after a failed start. */
    void stop();
}
