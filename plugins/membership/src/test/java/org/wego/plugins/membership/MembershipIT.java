package org.wego.plugins.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.membership.profiles.Descriptive;
import org.wego.plugins.membership.profiles.LogoUpload;
import org.wego.plugins.membership.profiles.MemberProfiles;
import org.wego.plugins.membership.profiles.OfficialChange;

/**
 * The membership plugin in a real platform on MariaDB: a member edits its own profile, not another's
 * (forged key, by service and by route); an official change waits as pending, a second is refused,
 * the secretariat approves it in the platform's inbox and the registry has it; a stale save is refused.
 *
 * <p>The service is the plugin's own bean, called through the test kit's {@code PluginCalls} as a
 * user the way a signed-in session calls it.
 */
@WegoPluginTest
class MembershipIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");

    @Test
    void thePluginStartsAndItsPageIsThereForMembersAndTheSecretariat(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        assertThat(platform.pluginStarted()).isTrue();
        assertThat(platform.open("membership/profile", Role.MEMBER_CITY).body())
                .contains("Member profile")
                .contains("About the organisation")
                .contains("Current logo")
                .contains("Optional: a new logo goes with this request. PNG, JPEG, up to 2 MB.")
                .contains("Request the change");
        assertThat(platform.open("membership/profile", Role.SECRETARIAT).body())
                .contains("Choose a member above to open its profile.");
        assertThat(platform.open("", Role.MEMBER_CITY).body()).contains("My profile");
    }

    @Test
    void aMemberCannotOpenAnotherMembersProfileByItsKey(RunningPlatform platform) {
        String own = platform.userOf(Role.MEMBER_CITY).organisation();
        String other = own.equals("ke-nairobi") ? "vn-hanoi" : "ke-nairobi";

        assertThat(platform.open("membership/profile?org=" + other, Role.MEMBER_CITY)
                        .body())
                .contains("You can only open your own organisation's profile.")
                .doesNotContain("Request the change");
        assertThat(platform.open("membership/profile?org=" + other, Role.SECRETARIAT)
                        .body())
                .contains("Request the change");
        assertThat(platform.open("membership/profile?org='%20OR%201=1", Role.MEMBER_CITY)
                        .body())
                .contains("You can only open your own organisation's profile.");
    }

    @Test
    void aMemberSavesItsOwnDescriptionButNotAnothersAndAStaleSaveIsRefused(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        Object saved;
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            Object empty = calls.descriptive(null, null, List.of(), null);
            saved = calls.invoke(
                    "saveDescriptive",
                    HANOI,
                    0L,
                    empty,
                    calls.descriptive(8_500_000L, "12 Le Lai, Hoan Kiem", List.of("vi", "en"), "Capital of Viet Nam"));
            assertThat(saved.toString()).contains("12 Le Lai, Hoan Kiem").contains("version=1");

            assertThatThrownBy(() -> calls.invoke(
                            "saveDescriptive", NAIROBI, 0L, empty, calls.descriptive(1L, "Forged", List.of(), null)))
                    .hasMessageContaining(MembershipPlugin.EDIT_OWN);

            // A second editor who opened version 0 saves after the first: refused, saying what changed.
            assertThatThrownBy(() -> calls.invoke(
                            "saveDescriptive", HANOI, 0L, empty, calls.descriptive(1L, "Other", List.of(), null)))
                    .hasMessageContaining("membership.stale");
            assertThat(calls.invoke("profileOf", HANOI).toString())
                    .contains("12 Le Lai, Hoan Kiem")
                    .contains("version=1");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            assertThat(calls.invoke("profileOf", NAIROBI).toString()).contains("version=0");
        }
    }

    @Test
    void anOfficialChangeWaitsForTheSecretariatAndIsAppliedWhenApproved(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        var contact =
                new OrganisationContact("Nguyen Thi Lan", "Delegate", "lan@hanoi.example.org", "+84 24 1234 5678");
        long request;
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            request = (Long) calls.invoke(
                    "requestOfficialChange",
                    HANOI,
                    calls.official(
                            "Hanoi City", "하노이시", "Thành phố Hà Nội", "Tran Sy Thanh", "Chairman", List.of(contact)));
            assertThat(calls.invoke("profileOf", HANOI).toString()).contains("pendingRequest=" + request);
            assertThat(calls.directory().byKey(HANOI).orElseThrow().nameEn()).isEqualTo("Hanoi");
            assertThat(platform.userOf(Role.MEMBER_CITY).organisation()).isEqualTo(HANOI.value());
            assertThat(platform.open("membership/profile", Role.MEMBER_CITY).body())
                    .contains("Pending change: the secretariat has not decided your official change yet.");

            assertThatThrownBy(() -> calls.invoke(
                            "requestOfficialChange",
                            HANOI,
                            calls.official("Ha Noi", "하노이", null, null, null, List.of())))
                    .hasMessageContaining("membership.change.pending");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            calls.decide(request, ApprovalStatus.APPROVED, "Welcome");

            var organisation = calls.directory().byKey(HANOI).orElseThrow();
            assertThat(organisation.nameEn()).isEqualTo("Hanoi City");
            assertThat(organisation.nameKo()).isEqualTo("하노이시");
            assertThat(calls.registry().contacts(HANOI)).containsExactly(contact);
            assertThat(calls.invoke("profileOf", HANOI).toString())
                    .contains("headName=Tran Sy Thanh")
                    .contains("pendingRequest=null");
        }
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            long second = (Long) calls.invoke(
                    "requestOfficialChange", HANOI, calls.official("Hanoi", "하노이", null, null, null, List.of()));
            try (var secretariat = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
                calls.decide(second, ApprovalStatus.REJECTED, "Keep the official name");
                assertThat(calls.directory().byKey(HANOI).orElseThrow().nameEn())
                        .isEqualTo("Hanoi City");
            }
        }
    }

    @Test
    void aNewLogoWaitsWithTheOfficialChangeOnlyTheCitySeesItUntilApprovedThenEveryone(RunningPlatform platform)
            throws Exception {
        var calls = new PluginCalls(platform);
        var jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
        // The official's own id, to count the decisions the platform tells them of.
        String official = "nairobi-official-" + System.nanoTime();
        Long logoBefore = calls.directory().byKey(NAIROBI).orElseThrow().logoAttachmentId();
        long request;
        long logo;
        try (var acting = calls.as(official, Role.MEMBER_CITY, NAIROBI)) {
            // A logo-only change: the other official fields as they are.
            request = (Long) calls.invoke(
                    "requestOfficialChange", NAIROBI, calls.unchanged(NAIROBI), calls.logo("nairobi.png", png()));
            Object profile = calls.invoke("profileOf", NAIROBI);
            assertThat(read(profile, "pendingRequest")).isEqualTo(request);
            logo = (Long) read(profile, "pendingLogo");
            assertThat(calls.directory().byKey(NAIROBI).orElseThrow().logoAttachmentId())
                    .as("the registry logo is unchanged while the change waits")
                    .isEqualTo(logoBefore);
            assertThat(calls.seenLogo(logo))
                    .as("the city sees its own proposed logo")
                    .isPresent();
        }
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(calls.seenLogo(logo)).as("another city does not see it").isEmpty();
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            assertThat(calls.seenLogo(logo)).isPresent();
            assertThat(calls.approval(request).details())
                    .containsEntry(
                            "membership.profile.logo.pending", "nairobi.png (PNG, " + pngSize() + "), files/" + logo);

            calls.decide(request, ApprovalStatus.APPROVED, null);

            assertThat(calls.directory().byKey(NAIROBI).orElseThrow().logoAttachmentId())
                    .isEqualTo(logo);
        }
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(calls.seenLogo(logo))
                    .as("approved, it is the registry logo: every signed-in user sees it")
                    .isPresent();
            assertThat(calls.isPlatformFile(logo))
                    .as("as the platform's organisation page reads it")
                    .isTrue();
        }
        assertThat(platform.userOf(Role.MEMBER_CITY).organisation()).isNotEqualTo(NAIROBI.value());
        assertThat(platform.open("organisation/" + NAIROBI.value(), Role.MEMBER_CITY)
                        .body())
                .as("another city's user sees it on Nairobi's organisation page")
                .contains("files/" + logo);

        // A rejected logo leaves the registry's as it was; its file stays the city's own record.
        assertThat(notices(jdbc, official))
                .as("the official is told of the decision on a logo-only change")
                .containsExactly("Approved: "
                        + calls.directory().byKey(NAIROBI).orElseThrow().nameEn() + " / "
                        + calls.directory().byKey(NAIROBI).orElseThrow().nameKo());
        long rejected;
        long second;
        try (var acting = calls.as(official, Role.MEMBER_CITY, NAIROBI)) {
            assertThat(read(calls.invoke("profileOf", NAIROBI), "pendingLogo")).isNull();
            rejected = (Long) calls.invoke(
                    "requestOfficialChange", NAIROBI, calls.unchanged(NAIROBI), calls.logo("other.png", png()));
            second = (Long) read(calls.invoke("profileOf", NAIROBI), "pendingLogo");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            calls.decide(rejected, ApprovalStatus.REJECTED, "Keep the current logo");
            assertThat(calls.directory().byKey(NAIROBI).orElseThrow().logoAttachmentId())
                    .isEqualTo(logo);
        }
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(calls.seenLogo(second)).isEmpty();
            assertThat(calls.seenLogo(logo)).isPresent();
        }
        try (var acting = calls.as(official, Role.MEMBER_CITY, NAIROBI)) {
            assertThat(calls.seenLogo(second))
                    .as("the rejected file stays the city's record")
                    .isPresent();
        }
        assertThat(notices(jdbc, official)).hasSize(2);
    }

    /** The subjects (in English) of the notifications a user was sent, oldest first. */
    private static List<String> notices(JdbcClient jdbc, String userId) {
        return jdbc.sql("SELECT subject_en FROM platform_notification WHERE user_id = :id ORDER BY id")
                .param("id", userId)
                .query(String.class)
                .list();
    }

    @Test
    void aFileThatIsNoImageIsRefusedOnTheLogoFieldAndNothingIsSaved(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        var jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
        String changes = "SELECT COUNT(*) FROM membership_profile_change";
        String files = "SELECT COUNT(*) FROM platform_attachment WHERE entity = 'membership.logo-request'";
        long changesBefore = jdbc.sql(changes).query(Long.class).single();
        long filesBefore = jdbc.sql(files).query(Long.class).single();
        try (var acting = calls.as(Role.MEMBER_CITY, NAIROBI)) {
            byte[] text = "<script>alert(1)</script> not a picture".getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> calls.invoke(
                            "requestOfficialChange", NAIROBI, calls.unchanged(NAIROBI), calls.logo("logo.png", text)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("logo");
                        assertThat(e.messageKey()).isEqualTo("files.rejected.wrong-type");
                    });
            assertThatThrownBy(() -> calls.invoke(
                            "requestOfficialChange",
                            NAIROBI,
                            calls.unchanged(NAIROBI),
                            calls.logo("empty.png", new byte[0])))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("files.rejected.empty"));

            assertThat(read(calls.invoke("profileOf", NAIROBI), "pendingRequest"))
                    .isNull();
        }
        assertThat(jdbc.sql(changes).query(Long.class).single()).isEqualTo(changesBefore);
        assertThat(jdbc.sql(files).query(Long.class).single()).isEqualTo(filesBefore);
    }

    private static Object read(Object pluginObject, String accessor) {
        return org.wego.plugin.testkit.PluginCalls.read(pluginObject, accessor);
    }

    /** A real 8×8 PNG, which the platform's file store recognises by its content. */
    private static byte[] png() throws Exception {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2266aa);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String pngSize() throws Exception {
        return org.wego.plugin.api.AttachmentLimits.sizeLabel(png().length);
    }

    /** The running platform's beans and the plugin's service, called as a user through the test kit. */
    private static final class PluginCalls {

        private final org.wego.plugin.testkit.PluginCalls calls;

        PluginCalls(RunningPlatform platform) {
            calls = platform.calls();
        }

        AutoCloseable as(Role role, OrganisationKey organisation) {
            return calls.as(role, organisation);
        }

        AutoCloseable as(String subject, Role role, OrganisationKey organisation) {
            return calls.as(subject, role, organisation);
        }

        org.wego.plugin.api.SignedInUser currentUser() {
            return calls.currentUser();
        }

        /** Decides as the secretariat's officer, in the inbox. */
        void decide(long request, ApprovalStatus outcome, @org.jspecify.annotations.Nullable String comment) {
            calls.decideAsSecretariat(request, outcome, comment);
        }

        boolean isPlatformFile(long attachmentId) {
            return calls.isPlatformFile(attachmentId);
        }

        org.wego.plugin.testkit.PluginCalls.Approval approval(long request) {
            return calls.approvalAsSecretariat(request);
        }

        OrganisationDirectory directory() {
            return calls.platformBean(OrganisationDirectory.class);
        }

        OrganisationRegistry registry() {
            return calls.platformBean(OrganisationRegistry.class);
        }

        Object descriptive(Long population, String address, List<String> languages, String descriptionEn) {
            return calls.make(Descriptive.class, population, address, Set.of(), languages, descriptionEn, null);
        }

        Object official(
                String en, String ko, String local, String head, String title, List<OrganisationContact> contacts) {
            return calls.make(OfficialChange.class, en, ko, local, head, title, contacts);
        }

        <T> T platformBean(Class<T> type) {
            return calls.platformBean(type);
        }

        /** The organisation's official fields as they are now, to send a logo-only change. */
        Object unchanged(OrganisationKey key) {
            Organisation organisation = directory().byKey(key).orElseThrow();
            Object profile = invoke("profileOf", key);
            return official(
                    organisation.nameEn(),
                    organisation.nameKo(),
                    organisation.nameLocal(),
                    (String) read(profile, "headName"),
                    (String) read(profile, "headTitle"),
                    registry().contacts(key));
        }

        Object logo(String fileName, byte[] content) {
            return calls.make(LogoUpload.class, fileName, "image/png", content);
        }

        /** The file as the plugin's file store shows it to the current user (empty if not allowed). */
        Optional<?> seenLogo(long id) {
            return (Optional<?>) invoke("logo", id);
        }

        Object invoke(String name, Object... arguments) {
            return calls.bean(MemberProfiles.class).invoke(name, arguments);
        }
    }
}
