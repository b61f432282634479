/**
 * The membership plugin's demo data set for {@code ./wego run --demo}: a member's profile change, approved
 * by the secretariat in the approvals inbox.
 */
@NullMarked
package org.wego.plugins.membership.demo;

import org.jspecify.annotations.NullMarked;
