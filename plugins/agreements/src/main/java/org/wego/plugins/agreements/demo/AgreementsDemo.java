package org.wego.plugins.agreements.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Signatory;
import org.wego.plugins.agreements.register.Status;

/**
 * The demo data of {@code ./wego run --demo}: an MOU with Hanoi (whose demo user finds it on its organisation
 * page) whose notice deadline is near, recorded through {@link Agreements} as the secretariat would.
 */
@Component
public class AgreementsDemo implements DemoData {

    static final String TITLE = "Demo MOU on smart-city cooperation with Hanoi";

    private final Agreements agreements;
    private final PluginContext platform;

    AgreementsDemo(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
    }

    @Override
    public void load(DemoDataContext demo) {
        LocalDate today = LocalDate.now(platform.clock());
        LocalDate signed = today.minusYears(2).withDayOfMonth(1);
        long id = demo.as(
                Role.SECRETARIAT,
                OrganisationKey.of("wego-secretariat"),
                () -> agreements.create(new AgreementInput(
                        AgreementKind.MOU,
                        TITLE,
                        "데모 하노이 스마트시티 협력 MOU",
                        "Exchange of smart-city practice and joint training.",
                        "스마트시티 사례 교류와 공동 연수.",
                        null,
                        signed.getYear(),
                        signed,
                        signed,
                        today.plusDays(75),
                        false,
                        null,
                        60,
                        null,
                        null,
                        List.of("en", "ko", "vi"),
                        Status.SIGNED,
                        List.of("vn-hanoi"),
                        List.of(new Signatory(Signatory.Side.COUNTERPART, "Nguyen Van A", "Chairman")))));
        demo.flag("agreement", Long.toString(id), TITLE);
    }
}
