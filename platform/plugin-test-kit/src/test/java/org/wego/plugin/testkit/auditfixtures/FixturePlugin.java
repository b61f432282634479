package org.wego.plugin.testkit.auditfixtures;

import org.wego.plugin.api.ApprovalHandler;

/** Hands out a job task and an approval handler as method references, as a plugin's contribute does. */
public final class FixturePlugin {

    /** What the platform would take: a job task and an approval handler. */
    interface Contributions {
        Contributions job(String name, Runnable task);

        Contributions approvalType(String name, ApprovalHandler handler);
    }

    private final Notices notices;

    FixturePlugin(Notices notices) {
        this.notices = notices;
    }

    /** Registers the job task and the handler: handing them out writes nothing here. */
    public void contribute(Contributions contributions) {
        contributions
                .job("expire", notices::expireOld)
                .job("sweep", this::sweep)
                .approvalType("proposal", notices::decided);
    }

    /** A private job task that forgets the audit: found although private, as it is handed out. */
    private void sweep() {
        notices.store().delete(0);
    }
}
