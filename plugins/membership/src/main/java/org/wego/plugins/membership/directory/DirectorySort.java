package org.wego.plugins.membership.directory;

/** The orders of the member directory; labels are {@code membership.directory.sort.<NAME>}. */
enum DirectorySort {
    /** By name in the caller's language (Korean for {@code ko}, English otherwise). */
    NAME,
    /** By country code, then name. */
    COUNTRY,
    /** By type (city, company, institution), then name. */
    TYPE,
    /** By the date the current status took effect (members: joined), then name. */
    JOINED
}
