package org.wego.platform.approvals;

/** One page of the inbox's sorted list. */
public record InboxPage(InboxSort sortBy, boolean ascending, int offset, int limit) {

    /** The newest first. */
    public static InboxPage newest(int offset, int limit) {
        return new InboxPage(InboxSort.SUBMITTED_AT, false, offset, limit);
    }
}
