package org.wego.plugin.api.ui;

import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Stability;

/**
 * What an organisation-page section knows when it is built. An interface, so fields can be added in
 * minor versions without breaking plugins.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface OrganisationSectionContext {

    /** The organisation whose page is shown. */
    Organisation organisation();

    /** Who looks at the page (signed in: anonymous visitors see no plugin sections). */
    SignedInUser viewer();

    /**
     * Whether the viewer may see this organisation's private data: its own users, its regional
     * office and the secretariat. Others see public facts only.
     */
    boolean inScope();

    /** The texts in the viewer's language, this plugin's bundle first. */
    Messages messages();
}
