package org.wego.plugins.membership.applications;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application for membership stands. The secretariat reviews it (complete, more information,
 * rejected, withdrawn), puts a complete one on a meeting's agenda, and the meeting decides it;
 * accepted, rejected and withdrawn are final. Labels are {@code membership.applications.status.<NAME>}.
 */
public enum ApplicationStatus {
    SUBMITTED,
    INFORMATION_REQUESTED,
    COMPLETE,
    ON_AGENDA,
    ACCEPTED,
    REJECTED,
    WITHDRAWN;

    /** The statuses an application may move to from this one. */
    Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED, INFORMATION_REQUESTED -> EnumSet.of(INFORMATION_REQUESTED, COMPLETE, REJECTED, WITHDRAWN);
            case COMPLETE -> EnumSet.of(INFORMATION_REQUESTED, ON_AGENDA, REJECTED, WITHDRAWN);
            case ON_AGENDA -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
            case ACCEPTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    boolean mayMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    boolean isFinal() {
        return next().isEmpty();
    }

    String labelKey() {
        return "membership.applications.status." + name();
    }
}
