package org.wego.plugins.events.register;

/** What WeGO did at an event; shown as {@code events.role.<NAME>}. */
public enum WegoRole {
    HOST,
    CO_HOST,
    SESSION_ORGANISER,
    SPEAKER,
    PARTICIPANT
}
