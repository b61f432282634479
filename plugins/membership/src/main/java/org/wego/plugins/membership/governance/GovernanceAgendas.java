package org.wego.plugins.membership.governance;

import java.util.List;
import org.springframework.stereotype.Component;
import org.wego.plugins.membership.applications.Agendas;

/**
 * Wires the governance feature into the applications screen: its meetings to choose from and placing
 * an application on one, through {@link Governance} (which checks the user and audits).
 */
@Component
class GovernanceAgendas implements Agendas {

    private final Governance governance;

    GovernanceAgendas(Governance governance) {
        this.governance = governance;
    }

    @Override
    public List<MeetingChoice> meetings() {
        return governance.meetings().stream()
                .map(m -> new MeetingChoice(m.id(), m.kind().labelKey(), m.date()))
                .toList();
    }

    @Override
    public void placeOnAgenda(long meetingId, long applicationId, long version) {
        governance.placeOnAgenda(meetingId, applicationId, version);
    }
}
