package org.wego.platform.navigation;

import com.vaadin.flow.router.RouterLayout;

/**
 * Names the layout that signed-in views open in. Lets navigation stay ignorant of the shell's
 * package while the shell depends on navigation.
 *
 * @param layoutClass the shell's layout
 */
public record ShellLayout(Class<? extends RouterLayout> layoutClass) {}
