package org.wego.plugins.training.certificates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The old public verification address ({@code training/verify?code=...}), printed on certificates
 * issued before the platform's page existed: forwards to the platform's page {@code verify} with the
 * same code, so those certificates keep their link.
 */
public class VerifyRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Certificates.VERIFY_PAGE, event.getLocation().getQueryParameters());
    }
}
