package org.wego.platform.approvals;

/** The orders the inbox's list can be sorted in; the newest first breaks ties. */
public enum InboxSort {
    SUBMITTED_AT("r.submitted_at"),
    TYPE("r.type"),
    ORGANISATION("o.name_en");

    private final String column;

    InboxSort(String column) {
        this.column = column;
    }

    /** The column it sorts by, for the inbox's query. */
    String column() {
        return column;
    }
}
