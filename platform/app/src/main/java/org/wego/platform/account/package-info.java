/** The signed-in user's own account: who the platform thinks they are, and where to change their password. */
@NullMarked
package org.wego.platform.account;

import org.jspecify.annotations.NullMarked;
