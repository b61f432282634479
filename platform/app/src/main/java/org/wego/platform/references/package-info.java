/**
 * Record references between plugins: the record types running plugins offer (with their resolvers),
 * and the service that shows a stored reference as its title, or as "not available" when the owning
 * plugin does not run. The plugin runtime registers and removes the types; nothing here knows a
 * plugin's classes.
 */
@NullMarked
package org.wego.platform.references;

import org.jspecify.annotations.NullMarked;
