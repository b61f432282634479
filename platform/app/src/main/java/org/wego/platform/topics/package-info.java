/**
 * The smart-city topics the secretariat maintains (names in English and Korean, order, retirement),
 * read by plugins through the plugin API's {@code Topics}; retired topics stay so stored codes keep
 * their names.
 */
@NullMarked
package org.wego.platform.topics;

import org.jspecify.annotations.NullMarked;
