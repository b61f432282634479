package org.wego.plugins.agreements.seed;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.NewFinding;
import org.wego.plugin.api.NewPartner;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Status;

/**
 * The overview's 2020 MOU line as a data-quality finding: it counts 3 agreements but names four parties
 * ("일본, 스마트시티 협회, …"), most likely the Japan Smart City Association, an Asian mayors' forum in Iran and an
 * Indian local-government association (design/DOMAIN.md). The seed records no 2020 agreement rather than a guess;
 * the finding waits on the platform's data-quality screen for the secretariat. Recorded once: the platform keeps
 * one finding per plugin, kind and subject, resolved or not, so recording it at every start is harmless.
 *
 * <p>Confirming the reading ({@link #confirm}, the secretariat) creates the three agreements with their
 * counterparties as new partners of the registry (through the kit, audited) and resolves the finding, in one
 * transaction: of two officers confirming at the same time one does, the other is told.
 */
@Component
@Transactional
public class OverviewFinding {

    /** The finding's kind: the parties a report names differ from the count it gives. */
    public static final String KIND = "named-parties-differ";

    /** What it is about: the overview's MOU line for 2020. */
    public static final String SUBJECT = "wego-overview-2023-01:mou-2020";

    /** How many agreements the overview counts for 2020. */
    public static final int REPORTED_COUNT = 3;

    /** The line as the overview gives it. */
    public static final String RAW_LINE = "일본, 스마트시티 협회, 이란 아시아 시장 포럼, 인도 지방자치단체 연합";

    /** The year the line is about. */
    public static final int YEAR = 2020;

    /**
     * The likely reading (design/DOMAIN.md): a counterparty as a new partner of the registry, Korean names as the
     * overview gives them.
     */
    static final List<NewPartner> READING = List.of(
            new NewPartner(PartnerKind.COMPANY, "Japan Smart City Association", "일본 스마트시티 협회", "JP", null),
            new NewPartner(
                    PartnerKind.INTERNATIONAL_ORGANISATION, "Asian Mayors Forum (Iran)", "이란 아시아 시장 포럼", "IR", null),
            new NewPartner(
                    PartnerKind.GOVERNMENT, "Association of Local Governments of India", "인도 지방자치단체 연합", "IN", null));

    private final PluginContext platform;
    private final Agreements agreements;

    OverviewFinding(PluginContext platform, Agreements agreements) {
        this.platform = platform;
        this.agreements = agreements;
    }

    /**
     * Records the finding unless it is there already; needs no signed-in user.
     *
     * @return whether it was new
     */
    public boolean record() {
        return platform.dataQuality().record(finding());
    }

    /** The finding, with the count and the raw line as its arguments; pure. */
    static NewFinding finding() {
        return new NewFinding(
                KIND,
                SUBJECT,
                null,
                "agreements.seed.finding.mou-2020",
                List.of(Integer.toString(REPORTED_COUNT), RAW_LINE));
    }

    /**
     * The secretariat confirms the likely reading: creates its three partners and their signed 2020 agreements
     * (year known, dates not recorded) and resolves the finding; nothing of it when the finding is resolved
     * already.
     *
     * @return the new agreements' ids
     * @throws InvalidInputException {@code agreements.seed.confirmed-already} when the finding is resolved
     */
    public List<Long> confirm() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, Agreements.MANAGE);
        // Resolved first, so a second officer confirming at the same time waits on the finding's row and is then
        // told; recorded here only when the start could not (never before the resolution: two transactions
        // reading the row first and then both resolving it would deadlock rather than one being told).
        boolean resolved = platform.dataQuality().resolve(KIND, SUBJECT)
                || (record() && platform.dataQuality().resolve(KIND, SUBJECT));
        if (!resolved) {
            throw new InvalidInputException(null, "agreements.seed.confirmed-already");
        }
        var ids = new ArrayList<Long>();
        for (NewPartner reading : READING) {
            Organisation partner = platform.registry().createPartner(reading);
            ids.add(agreements.create(new AgreementInput(
                    AgreementKind.MOU,
                    "WeGO–" + reading.nameEn() + " MOU",
                    "WeGO-" + reading.nameKo() + " MOU",
                    null,
                    null,
                    null,
                    YEAR,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    Status.SIGNED,
                    List.of(partner.key().value()),
                    List.of())));
        }
        return ids;
    }
}
