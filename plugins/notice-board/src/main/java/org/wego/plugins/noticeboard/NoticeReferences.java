package org.wego.plugins.noticeboard;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordLookup;
import org.wego.plugin.api.RecordResolver;
import org.wego.plugin.api.ReferencedRecord;

/**
 * Published notices as records other plugins may refer to ({@code notice-board:notice:7}): any
 * signed-in user sees a published notice, so a viewer gets its title and the board's page; a proposal
 * or a rejected notice is not found, for anyone.
 */
@Component
class NoticeReferences implements RecordResolver {

    static final String TYPE = "notice";

    private final JdbcClient jdbc;

    NoticeReferences(PluginContext platform) {
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    @Override
    public Optional<ReferencedRecord> resolve(RecordLookup lookup) {
        if (lookup.viewer() == null || !lookup.id().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT title FROM notice_board_notice WHERE id = :id AND status = 'PUBLISHED'")
                .param("id", Long.parseLong(lookup.id()))
                .query(String.class)
                .optional()
                .map(title -> new ReferencedRecord(title, "notice-board"));
    }
}
