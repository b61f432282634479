/**
 * Renewals: the secretariat renews an agreement into a draft successor linked to it (at most once, also when two
 * click at the same moment); an agreement that renews itself rolls its term forward as read; members propose an
 * amendment or a renewal through the approvals inbox, decided by the secretariat.
 */
@NullMarked
package org.wego.plugins.agreements.renewal;

import org.jspecify.annotations.NullMarked;
