package org.wego.platform.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordType;
import org.wego.plugin.api.ReferencedRecord;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ShownReference;
import org.wego.plugin.api.SignedInUser;

class PlatformRecordReferencesTest {

    private static final SignedInUser SECRETARIAT = new SignedInUser(
            "s",
            "Officer",
            "s@example.org",
            Set.of(Role.SECRETARIAT),
            OrganisationKey.of("wego-secretariat"),
            Locale.ENGLISH);
    private static final RecordReference PROGRAMME = RecordReference.of("training", "programme", 42);

    private final RecordTypes types = new RecordTypes();
    private final PlatformRecordReferences references =
            new PlatformRecordReferences(types, signedIn(SECRETARIAT), new Translations());

    @Test
    void whileTheOwnerRunsTheTitleAndLinkAreItsAnswerForTheViewer() {
        types.register(
                "training",
                List.of(new RecordType(
                        "programme",
                        "training.programme",
                        lookup -> Optional.of(new ReferencedRecord(
                                "Smart City <script>alert(1)</script> for "
                                        + lookup.viewer().displayName(),
                                "training/programmes/" + lookup.id())))),
                (key, locale) -> locale.getLanguage().equals("ko") ? "연수 과정" : "training programme");

        ShownReference shown = references.show(PROGRAMME, Locale.ENGLISH);

        assertThat(shown.available()).isTrue();
        assertThat(shown.text()).isEqualTo("Smart City <script>alert(1)</script> for Officer");
        assertThat(shown.link()).isEqualTo("training/programmes/42");
    }

    @Test
    void whenTheOwnerStopsTheLastKnownLabelSaysWhatItWasInTheViewersLanguage() {
        types.register(
                "training",
                List.of(new RecordType("programme", "training.programme", lookup -> Optional.empty())),
                (key, locale) -> locale.getLanguage().equals("ko") ? "연수 과정" : "training programme");
        types.remove("training");

        assertThat(references.show(PROGRAMME, Locale.ENGLISH))
                .extracting(ShownReference::available, ShownReference::text, ShownReference::link)
                .containsExactly(false, "Record of training programme (not available)", null);
        assertThat(references.show(PROGRAMME, Locale.KOREAN).text()).isEqualTo("연수 과정 기록 (사용할 수 없음)");
        assertThat(references.isOffered("training", "programme")).isFalse();
    }

    @Test
    void aPluginNeverSeenOrAFailingResolverIsNotAvailableAndNeverAnError() {
        assertThat(references.show(PROGRAMME, Locale.ENGLISH).text()).isEqualTo("Record of training (not available)");
        types.register(
                "training",
                List.of(new RecordType("programme", "training.programme", lookup -> {
                    throw new IllegalStateException("the owner's bug");
                })),
                (key, locale) -> "training programme");
        assertThat(references.show(PROGRAMME, Locale.ENGLISH).available()).isFalse();
    }

    private static CurrentUser signedIn(SignedInUser user) {
        return new CurrentUser() {
            @Override
            public Optional<SignedInUser> get() {
                return Optional.of(user);
            }
        };
    }
}
