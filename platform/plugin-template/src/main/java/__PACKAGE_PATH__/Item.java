package __PACKAGE__;

import java.time.LocalDateTime;

/** One row of the plugin's table, as the page and the REST endpoint show it. */
record Item(long id, String title, String addedBy, LocalDateTime addedAt) {}
