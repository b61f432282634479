/**
 * The platform's two languages, English and Korean: message bundles (the platform's and, later,
 * each plugin's), the Vaadin translation provider built on them, and each user's chosen language.
 */
@NullMarked
package org.wego.platform.i18n;

import org.jspecify.annotations.NullMarked;
