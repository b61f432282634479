package org.wego.plugins.noticeboard;

import java.time.Duration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ApprovalType;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.RecordType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.WegoPlugin;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugin.api.ui.WidgetContribution;
import org.wego.plugins.noticeboard.demo.NoticeBoardDemo;

/**
 * The notice board: the secretariat posts notices, members and regional offices propose them for the
 * secretariat's approval, everyone reads them.
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class NoticeBoardPlugin implements WegoPlugin {

    static final String POST = "notice-board.notice.post";
    static final String PROPOSE = "notice-board.notice.propose";
    static final String PROPOSAL = "notice-board.proposal";

    private final Notices notices;
    private final NoticeReferences references;
    private final NoticeBoardDemo demo;

    public NoticeBoardPlugin(Notices notices, NoticeReferences references, NoticeBoardDemo demo) {
        this.notices = notices;
        this.references = references;
        this.demo = demo;
    }

    @Override
    public void contribute(PluginContributions add) {
        add.view(new ViewContribution("notice-board", NoticeBoardView.class, Access.forAllRoles(), "notice-board.menu"))
                .menu(new MenuEntry("notice-board", "notice-board.menu", "vaadin:megaphone", 300, Access.forAllRoles()))
                .widget(new WidgetContribution(
                        "notice-board.latest",
                        "notice-board.widget.title",
                        300,
                        Access.forAllRoles(),
                        new LatestNotice()))
                .permission(POST, Role.SECRETARIAT)
                .permission(PROPOSE, Role.MEMBER_CITY, Role.REGIONAL_OFFICE)
                .approvalType(new ApprovalType(PROPOSAL, "notice-board.proposal", notices::decided))
                .job("expire-old-notices", Duration.ofHours(1), notices::expireOld)
                .recordType(new RecordType(NoticeReferences.TYPE, "notice-board.reference.notice", references))
                .demoData(demo); // ./wego run --demo: one notice, loaded once into a demo database
    }
}
