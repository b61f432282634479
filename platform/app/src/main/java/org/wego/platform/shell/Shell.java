package org.wego.platform.shell;

import com.vaadin.flow.router.RouterLayout;

/** The shell's public face: which layout signed-in views open in. Its classes stay package-private. */
public final class Shell {

    private Shell() {}

    /** The layout every signed-in view opens in. */
    public static Class<? extends RouterLayout> layout() {
        return MainLayout.class;
    }

    /** The layout every public view opens in: a {@code <main>} landmark and the declared title. */
    public static Class<? extends RouterLayout> publicLayout() {
        return PublicLayout.class;
    }
}
