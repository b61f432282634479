package org.wego.plugins.agreements.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Records the 2020 finding when the plugin starts (not by a job: a job first runs an interval after the start,
 * and the finding belongs with the seed from the first start). A failure is logged and tried again at the next
 * start rather than keeping the plugin from starting.
 */
@Component
class OverviewFindingAtStart implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewFindingAtStart.class);

    private final OverviewFinding finding;

    OverviewFindingAtStart(OverviewFinding finding) {
        this.finding = finding;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            if (finding.record()) {
                LOG.info("Agreements: the overview's 2020 MOU line recorded as a data-quality finding");
            }
        } catch (RuntimeException e) {
            LOG.warn("Agreements: the 2020 finding not recorded yet (tried again at the next start)", e);
        }
    }
}
