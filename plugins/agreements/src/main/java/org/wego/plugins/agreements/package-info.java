/** Agreements, a WeGO plugin: its declarations, page, service, table access and REST endpoint. */
@NullMarked
package org.wego.plugins.agreements;

import org.jspecify.annotations.NullMarked;
