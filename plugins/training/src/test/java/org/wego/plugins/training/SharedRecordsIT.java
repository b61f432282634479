package org.wego.plugins.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordReferences;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ShownReference;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.OrganisationSectionContext;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.nominations.CityNominations;

/**
 * What training shares with other plugins, in a real platform: its programmes as record references
 * (drafts only for the secretariat), and a city's nominations on the organisation page, for those who
 * may see the city's private data.
 */
@WegoPluginTest
class SharedRecordsIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void programmesAreReferencesAsTheViewerMaySeeThem(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long open = t.openProgramme("Shared Smart City " + RUN, 10, 2);
        RecordReferences references = platform.calls().platformBean(RecordReferences.class);

        try (var city = t.as(Role.MEMBER_CITY, NAIROBI)) {
            ShownReference shown = references.show(RecordReference.of("training", "programme", open), Locale.ENGLISH);
            assertThat(shown.available()).isTrue();
            assertThat(shown.text()).isEqualTo("Shared Smart City " + RUN);
            assertThat(shown.link()).isEqualTo("training/programme?id=" + open);
            assertThat(references.show(RecordReference.of("training", "programme", 987_654_321L), Locale.KOREAN))
                    .as("no such programme: the plain text, nothing revealed")
                    .extracting(ShownReference::available, ShownReference::text)
                    .containsExactly(false, "연수 과정 기록 (사용할 수 없음)");
        }
        assertThat(references
                        .show(RecordReference.of("training", "programme", open), Locale.ENGLISH)
                        .available())
                .as("an anonymous visitor")
                .isFalse();
    }

    @Test
    void aCitysNominationsAreOnItsPageForThoseInScopeOnly(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Section " + RUN, 10, 2);
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            t.nominations(
                    "nominate",
                    programme,
                    t.trainee("Section Trainee " + RUN, HANOI, "s-" + RUN + "@trainees.example.org"),
                    null);
        }
        PluginCalls calls = platform.calls();
        List<?> rows = (List<?>) calls.bean(CityNominations.class).invoke("rows", HANOI.value(), false);
        assertThat(rows).extracting(r -> PluginCalls.read(r, "programmeId")).contains(programme);

        Organisation hanoi =
                calls.platformBean(OrganisationDirectory.class).byKey(HANOI).orElseThrow();
        var section = calls.bean(CityNominations.class);
        assertThat((Optional<?>) section.invoke("section", context(hanoi, Role.MEMBER_CITY, NAIROBI, false)))
                .as("another city sees nothing of Hanoi's nominations")
                .isEmpty();
        assertThat((Optional<?>) section.invoke("section", context(hanoi, Role.MEMBER_CITY, HANOI, true)))
                .as("Hanoi's own user sees them")
                .isPresent();
    }

    private static OrganisationSectionContext context(
            Organisation organisation, Role role, OrganisationKey viewer, boolean inScope) {
        var user = new SignedInUser("u", "Viewer", "v@example.org", Set.of(role), viewer, Locale.ENGLISH);
        return new OrganisationSectionContext() {
            @Override
            public Organisation organisation() {
                return organisation;
            }

            @Override
            public SignedInUser viewer() {
                return user;
            }

            @Override
            public boolean inScope() {
                return inScope;
            }

            @Override
            public Messages messages() {
                return new Messages() {
                    @Override
                    public Locale locale() {
                        return Locale.ENGLISH;
                    }

                    @Override
                    public String get(String key, Object... arguments) {
                        return key;
                    }
                };
            }
        };
    }
}
