/** Events, a WeGO plugin: its declarations, page, service, table access and REST endpoint. */
@NullMarked
package org.wego.plugins.events;

import org.jspecify.annotations.NullMarked;
