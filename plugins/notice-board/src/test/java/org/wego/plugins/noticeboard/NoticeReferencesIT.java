package org.wego.plugins.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordReferences;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ShownReference;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/** Published notices as records other plugins refer to, through the platform's record references. */
@WegoPluginTest
class NoticeReferencesIT {

    @Test
    void aPublishedNoticeIsShownByItsTitleAndAnythingElseAsNotAvailable(RunningPlatform platform) throws Exception {
        PluginCalls calls = platform.calls();
        RecordReferences references = calls.platformBean(RecordReferences.class);
        long id;
        try (var secretariat = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            calls.bean(Notices.class).invoke("post", "Seoul -- Smart City Week: \"registration\" opens");
            @SuppressWarnings("unchecked")
            List<Object> latest = (List<Object>) calls.bean(Notices.class).invoke("latest", 1);
            id = (Long) PluginCalls.read(latest.getFirst(), "id");
        }
        RecordReference notice = RecordReference.of("notice-board", "notice", id);
        try (var city = calls.as(Role.MEMBER_CITY, OrganisationKey.of("kr-seoul"))) {
            ShownReference shown = references.show(notice, Locale.ENGLISH);
            assertThat(shown.available()).isTrue();
            assertThat(shown.text()).isEqualTo("Seoul -- Smart City Week: \"registration\" opens");
            assertThat(shown.link()).isEqualTo("notice-board");
            assertThat(references.show(RecordReference.of("notice-board", "notice", 987_654_321), Locale.KOREAN))
                    .extracting(ShownReference::available, ShownReference::text)
                    .containsExactly(false, "공지 기록 (사용할 수 없음)");
        }
        assertThat(references.show(notice, Locale.ENGLISH))
                .as("an anonymous visitor sees no notice")
                .extracting(ShownReference::available, ShownReference::text)
                .containsExactly(false, "Record of notice (not available)");
    }
}
