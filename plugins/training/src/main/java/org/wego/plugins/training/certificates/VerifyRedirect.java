package org.wego.plugins.training.certificates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The old public verification address ({@code training/verify?code=...}), printed on certificates
 * issued before the platform's page existed: forwards to the platform's page {@code verify} with the
 * same code, so those certificates keep their link. The title shown is the platform page's own (hence
 * dynamic, not the declared one).
 */
public class VerifyRedirect extends Div implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Certificates.VERIFY_PAGE, event.getLocation().getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.certificate.verify.title");
    }
}
