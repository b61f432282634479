/** The notice board's demo data set for {@code ./wego run --demo}: one notice the secretariat posted. */
@NullMarked
package org.wego.plugins.noticeboard.demo;

import org.jspecify.annotations.NullMarked;
