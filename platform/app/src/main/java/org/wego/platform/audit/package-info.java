/** The audit trail every change goes into, and the secretariat's screen to read it. */
@NullMarked
package org.wego.platform.audit;

import org.jspecify.annotations.NullMarked;
