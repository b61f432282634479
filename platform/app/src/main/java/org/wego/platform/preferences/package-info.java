/** What each user chose for themselves (their language and time zone), kept by the platform and audited. */
@NullMarked
package org.wego.platform.preferences;

import org.jspecify.annotations.NullMarked;
