package org.wego.plugins.training.nominations;

import org.springframework.stereotype.Component;
import org.wego.plugins.training.programmes.CapacityChanges;

/**
 * Wires the nominations feature into programmes: a saved programme promotes its waitlist. A plain
 * component (no transaction proxy of its own), so it runs in the programme's saving transaction.
 */
@Component
class WaitlistOnCapacity implements CapacityChanges {

    private final Seats seats;

    WaitlistOnCapacity(Seats seats) {
        this.seats = seats;
    }

    @Override
    public void capacityChanged(long programmeId) {
        seats.promoteWaiting(programmeId);
    }
}
