package org.wego.platform.navigation;

import com.vaadin.flow.router.RouterLayout;

/**
 * Names the layouts views open in. Lets navigation stay ignorant of the shell's package while the
 * shell depends on navigation.
 *
 * @param layoutClass the shell's layout, for signed-in views
 * @param publicLayoutClass the frame of public views (a landmark and the title, no menu)
 */
public record ShellLayout(Class<? extends RouterLayout> layoutClass, Class<? extends RouterLayout> publicLayoutClass) {}
