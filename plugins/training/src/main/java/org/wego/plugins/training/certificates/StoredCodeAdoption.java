package org.wego.plugins.training.certificates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At the plugin's start, hands the certificate codes issued before the platform kept verifiable
 * documents to it ({@link Certificates#adoptStoredCodes()}), so certificates printed before keep
 * verifying on the platform's page. Each code once: the row is marked when adopted. A failure is
 * logged and tried again at the next start rather than keeping the plugin from starting.
 */
@Component
class StoredCodeAdoption implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StoredCodeAdoption.class);

    private final Certificates certificates;

    StoredCodeAdoption(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            int adopted = certificates.adoptStoredCodes();
            if (adopted > 0) {
                LOG.info("Training: {} certificate codes adopted as verifiable documents", adopted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Training: certificate codes not adopted yet (tried again at the next start)", e);
        }
    }
}
