package org.wego.plugins.noticeboard.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugins.noticeboard.Notices;

/** The notice board's demo data: a notice the secretariat posts, as on the board's page. */
@Component
public class NoticeBoardDemo implements DemoData {

    static final String TITLE = "Demo notice: welcome to the WeGO Platform demo";

    private final Notices notices;
    private final JdbcClient jdbc;

    NoticeBoardDemo(Notices notices, PluginContext platform) {
        this.notices = notices;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    @Override
    public void load(DemoDataContext demo) {
        // A refused title throws InvalidInputException, which rolls the demo set back.
        demo.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"), () -> {
            notices.post(TITLE);
            return TITLE;
        });
        long id = jdbc.sql("SELECT MAX(id) FROM notice_board_notice WHERE title = :title")
                .param("title", TITLE)
                .query(Long.class)
                .single();
        demo.flag("notice", Long.toString(id), TITLE);
    }
}
