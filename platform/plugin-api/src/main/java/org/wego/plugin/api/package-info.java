/**
 * The WeGO plugin API: what a plugin may declare and what it gets from the platform.
 *
 * <p>Plain Java only: no Spring and no Vaadin types live in this package, so a plugin's domain and
 * service code stays framework-free. Vaadin contributions (views, dashboard widgets) live in
 * {@link org.wego.plugin.api.ui}. Every public type carries {@link org.wego.plugin.api.Stability}.
 */
@NullMarked
package org.wego.plugin.api;

import org.jspecify.annotations.NullMarked;
