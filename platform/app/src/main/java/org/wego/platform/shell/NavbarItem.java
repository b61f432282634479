package org.wego.platform.shell;

import com.vaadin.flow.component.Component;
import org.wego.plugin.api.SignedInUser;

/**
 * Something another feature shows in the header beside the user's name (e.g. the notification
 * bell), so the shell does not depend on that feature. Spring beans implementing it are shown in
 * their {@link #order()}.
 */
public interface NavbarItem {

    /** Where it goes; lower first. */
    int order();

    /** A new component for one signed-in user's header. */
    Component create(SignedInUser user);
}
