package org.wego.plugins.membership.directory;

import java.util.List;

/**
 * One page of a member-directory search.
 *
 * @param entries the members on this page, in the order asked for
 * @param total how many members match in all
 * @param offset how many matches were skipped
 * @param limit the most a page holds
 */
record DirectoryPage(List<DirectoryEntry> entries, int total, int offset, int limit) {

    DirectoryPage {
        entries = List.copyOf(entries);
    }
}
