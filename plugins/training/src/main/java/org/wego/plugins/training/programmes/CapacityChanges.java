package org.wego.plugins.training.programmes;

/**
 * The hook for the nominations feature: a programme's capacity or quota was saved, so waiting
 * nominations may now get a seat. Called inside the saving transaction. The nominations feature
 * implements it, so that programmes does not depend on nominations (which depends on programmes).
 */
public interface CapacityChanges {

    /**
     * The programme's seats may have changed; give freed seats to the waitlist, in its order.
     *
     * @param programmeId the programme saved
     */
    void capacityChanged(long programmeId);
}
