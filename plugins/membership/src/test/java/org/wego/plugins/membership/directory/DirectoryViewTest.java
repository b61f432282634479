package org.wego.plugins.membership.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Topic;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.NoDatabase;

/**
 * The directory's filter bar as a component tree: a filter value the service's checks refuse shows its
 * message next to its own field (Binder with the InputErrors bridge), and clears when corrected. The
 * service's checks are the real ones; only its queries are left out (no I/O).
 */
class DirectoryViewTest {

    private static final Topic MOBILITY = new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false);

    private final PluginContext platform = NoDatabase.context(
            UnitTestContext.of("membership", MemberDirectoryTest.HANOI, MemberDirectoryTest.DECLARED),
            List.of(MOBILITY));
    private final DirectoryView view = new DirectoryView(new Checked(platform), null, platform);

    @Test
    void aRefusedFilterShowsNextToItsFieldAndClearsWhenCorrected() {
        view.text.setValue("Seoul\u0007");

        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).contains("input.invalid.control");
        assertThat(view.country.isInvalid()).isFalse();

        view.text.setValue("Seoul");
        assertThat(view.text.isInvalid()).isFalse();
    }

    @Test
    void theCountryFilterIsChosenFromTheIsoListSoNoMalformedCodeReachesTheService() {
        assertThat(view.country.getListDataView().getItems())
                .contains("KR", "VN")
                .doesNotContain("Korea");

        view.country.setValue("KR");
        assertThat(view.country.isInvalid()).isFalse();
        view.country.clear();
        assertThat(view.country.isInvalid()).isFalse();
    }

    @Test
    void theFocusFilterOffersThePlatformsCurrentTopics() {
        assertThat(view.focus.getListDataView().getItems()).containsExactly(MOBILITY);
    }

    /** The directory with its checks but without its queries: a count is 0 once the query passes them. */
    private static final class Checked extends MemberDirectory {
        Checked(PluginContext platform) {
            super(platform);
        }

        @Override
        int count(DirectoryQuery query) {
            DirectoryInput.checked(query, false);
            return 0;
        }

        @Override
        List<DirectoryEntry> entries(DirectoryQuery query, int offset, int limit, Locale locale) {
            return List.of();
        }
    }
}
