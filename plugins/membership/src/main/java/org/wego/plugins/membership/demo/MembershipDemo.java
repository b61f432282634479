package org.wego.plugins.membership.demo;

import org.springframework.stereotype.Component;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugins.membership.profiles.MemberProfiles;
import org.wego.plugins.membership.profiles.OfficialChange;

/**
 * Membership's demo data, made through its own services: Hanoi asks to record a new head of city (its
 * names and contacts as they are), and the secretariat approves the request in the approvals inbox, so
 * Hanoi's profile and the inbox's history both show an approved change.
 */
@Component
public class MembershipDemo implements DemoData {

    static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");

    private final PluginContext platform;
    private final MemberProfiles profiles;

    MembershipDemo(PluginContext platform, MemberProfiles profiles) {
        this.platform = platform;
        this.profiles = profiles;
    }

    @Override
    public void load(DemoDataContext demo) {
        Organisation hanoi = platform.organisations().byKey(HANOI).orElseThrow();
        long request = demo.as(
                Role.MEMBER_CITY,
                HANOI,
                () -> profiles.requestOfficialChange(
                        HANOI,
                        new OfficialChange(
                                hanoi.nameEn(),
                                hanoi.nameKo(),
                                hanoi.nameLocal(),
                                "Demo Head of City",
                                "Demo Chairperson of the People's Committee",
                                platform.registry().contacts(HANOI),
                                null)));
        demo.approve(request, "Demo data: approved");
        demo.flag("profile-change-request", Long.toString(request), "Demo profile change of Hanoi: head of city");
    }
}
