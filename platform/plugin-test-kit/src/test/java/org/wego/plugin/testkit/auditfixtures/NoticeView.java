package org.wego.plugin.testkit.auditfixtures;

import java.util.function.Consumer;

/** A view whose listeners call the services: the listener's calls are the view's. */
public class NoticeView {

    /** Publishes through the audited service and purges behind the service's back: fails, as does the purge. */
    public NoticeView(Notices notices, Retention retention, Consumer<Runnable> button) {
        button.accept(() -> notices.publish(1, "A notice"));
        button.accept(() -> retention.purge(1));
    }
}
