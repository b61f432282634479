/** Small helpers for the platform's own SQL. */
@NullMarked
package org.wego.platform.jdbc;

import org.jspecify.annotations.NullMarked;
