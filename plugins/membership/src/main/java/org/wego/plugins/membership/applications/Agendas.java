package org.wego.plugins.membership.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * The hook for the governance feature: the meetings a complete application can be placed on, and
 * placing it there. The governance feature implements it, so that applications does not depend on
 * governance (which decides applications and so depends on applications).
 */
public interface Agendas {

    /** The meetings to choose from, in the order to show them; empty when none is planned. */
    List<MeetingChoice> meetings();

    /**
     * Places the application on the meeting's agenda (it becomes {@code ON_AGENDA}), audited.
     *
     * @param meetingId the meeting chosen
     * @param applicationId the application
     * @param version the application's version as the user saw it
     */
    void placeOnAgenda(long meetingId, long applicationId, long version);

    /**
     * A meeting as the applications screen offers it.
     *
     * @param id the meeting's id
     * @param kindLabelKey the message key of its kind, e.g. the general assembly
     * @param date the day it meets
     */
    record MeetingChoice(long id, String kindLabelKey, LocalDate date) {}
}
