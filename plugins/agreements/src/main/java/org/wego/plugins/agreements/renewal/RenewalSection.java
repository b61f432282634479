package org.wego.plugins.agreements.renewal;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.AgreementSection;

/** Adds the renewal chain, the renewal and members' change requests to an agreement's page. */
@org.springframework.stereotype.Component
class RenewalSection implements AgreementSection {

    private final Renewals renewals;
    private final ChangeRequests requests;

    RenewalSection(Renewals renewals, ChangeRequests requests) {
        this.renewals = renewals;
        this.requests = requests;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<Component> render(Agreement agreement) {
        return Optional.of(new RenewalPanel(agreement, renewals, requests));
    }
}
