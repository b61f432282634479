/**
 * Vaadin contributions a plugin makes to the platform's user interface: views (routes) and
 * dashboard widgets. The only package of the plugin API that uses Vaadin types; Vaadin itself is
 * provided by the platform at run time.
 */
@NullMarked
package org.wego.plugin.api.ui;

import org.jspecify.annotations.NullMarked;
