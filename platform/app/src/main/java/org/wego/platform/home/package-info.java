/** The home dashboard: one card per widget the user may see, contributed by the platform and plugins. */
@NullMarked
package org.wego.platform.home;

import org.jspecify.annotations.NullMarked;
