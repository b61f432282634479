/** What each user chose for themselves (their language), kept by the platform and audited. */
@NullMarked
package org.wego.platform.preferences;

import org.jspecify.annotations.NullMarked;
