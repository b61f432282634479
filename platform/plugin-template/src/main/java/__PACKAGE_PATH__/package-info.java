/** __TITLE__, a WeGO plugin: its declarations, page, service, table access and REST endpoint. */
@NullMarked
package __PACKAGE__;

import org.jspecify.annotations.NullMarked;
