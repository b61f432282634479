package org.wego.plugins.membership.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.FileType;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.MembershipPlugin;

/** Who may edit which profile, and the input checks, all before anything touches the database. */
class MemberProfilesTest {

    private static final OrganisationKey HANOI_KEY = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI_KEY = OrganisationKey.of("ke-nairobi");

    private static final SignedInUser HANOI = user(Role.MEMBER_CITY, HANOI_KEY);
    private static final SignedInUser SECRETARIAT = user(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"));
    private static final SignedInUser CHENGDU_OFFICE = user(Role.REGIONAL_OFFICE, OrganisationKey.of("ro-chengdu"));

    /** As the plugin declares them: members edit their own, the secretariat any. */
    static final Permissions DECLARED = (user, permission) -> user != null
            && (permission.equals(MembershipPlugin.EDIT_OWN) && user.hasRole(Role.MEMBER_CITY)
                    || permission.equals(MembershipPlugin.EDIT_ANY) && user.hasRole(Role.SECRETARIAT));

    @Test
    void aMemberEditsOnlyItsOwnProfileTheSecretariatAnyARegionalOfficeNone() {
        var profiles = new MemberProfiles(contextFor(null));

        assertThat(profiles.mayEdit(HANOI, HANOI_KEY)).isTrue();
        assertThat(profiles.mayEdit(HANOI, NAIROBI_KEY)).isFalse();
        assertThat(profiles.mayEdit(SECRETARIAT, NAIROBI_KEY)).isTrue();
        assertThat(profiles.mayEdit(CHENGDU_OFFICE, CHENGDU_OFFICE.organisation()))
                .isFalse();
        assertThat(profiles.mayEdit(null, HANOI_KEY)).isFalse();
    }

    @Test
    void aForgedKeyIsRefusedBeforeAnythingIsReadOrWritten() {
        var profiles = new MemberProfiles(contextFor(HANOI));

        assertThatThrownBy(() -> profiles.profileOf(NAIROBI_KEY)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> profiles.saveDescriptive(NAIROBI_KEY, 0, Descriptive.empty(), Descriptive.empty()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> profiles.requestOfficialChange(NAIROBI_KEY, official("Nairobi", "나이로비")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new MemberProfiles(contextFor(null)).profileOf(HANOI_KEY))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void badDescriptiveInputIsRefusedWithTheFieldAndNothingIsSaved() {
        var profiles = new MemberProfiles(contextFor(HANOI));

        assertRefused(
                () -> profiles.saveDescriptive(HANOI_KEY, 0, Descriptive.empty(), descriptive(-1L, null, null)),
                "population",
                "membership.invalid.population");
        assertRefused(
                () -> profiles.saveDescriptive(
                        HANOI_KEY, 0, Descriptive.empty(), descriptive(null, "Hanoi\u0007", null)),
                "address",
                "input.invalid.control");
        assertRefused(
                () -> profiles.saveDescriptive(
                        HANOI_KEY,
                        0,
                        Descriptive.empty(),
                        descriptive(null, "x".repeat(ProfileInput.MAX_ADDRESS + 1), null)),
                "address",
                "input.invalid.too-long");
        assertRefused(
                () -> profiles.saveDescriptive(
                        HANOI_KEY,
                        0,
                        Descriptive.empty(),
                        new Descriptive(null, null, Set.of(), List.of("klingon"), null, null)),
                "languages",
                "membership.invalid.language");
    }

    @Test
    void badOfficialInputIsRefusedBeforeARequestIsSubmitted() {
        var profiles = new MemberProfiles(contextFor(HANOI));

        assertRefused(
                () -> profiles.requestOfficialChange(HANOI_KEY, official("  ", "하노이")),
                "nameEn",
                "membership.invalid.required");
        assertRefused(
                () -> profiles.requestOfficialChange(HANOI_KEY, official("Hanoi", "")),
                "nameKo",
                "membership.invalid.required");
        assertRefused(
                () -> profiles.requestOfficialChange(
                        HANOI_KEY,
                        new OfficialChange(
                                "Hanoi",
                                "하노이",
                                null,
                                null,
                                null,
                                List.of(
                                        new OrganisationContact("", "", "", ""),
                                        new OrganisationContact("Lan", null, "not-an-address", null)))),
                "contacts[1].email",
                "membership.invalid.contact.email");
        assertRefused(
                () -> profiles.requestOfficialChange(
                        HANOI_KEY,
                        new OfficialChange(
                                "Hanoi",
                                "하노이",
                                null,
                                null,
                                null,
                                List.of(new OrganisationContact(" ", "Mayor", null, null)))),
                "contacts[0].name",
                "membership.invalid.contact.name");
    }

    @Test
    void inputIsTrimmedEmptyContactRowsDroppedAndLanguagesNormalised() {
        var clean = ProfileInput.official(new OfficialChange(
                " Hanoi ",
                "하노이",
                " ",
                "Tran Sy Thanh",
                "Chairman",
                List.of(
                        new OrganisationContact("", "", "", ""),
                        new OrganisationContact("Lan", "Delegate", "lan@hanoi.example.org", "+84 24 1234"))));
        assertThat(clean.nameEn()).isEqualTo("Hanoi");
        assertThat(clean.nameLocal()).isNull();
        assertThat(clean.contacts())
                .containsExactly(new OrganisationContact("Lan", "Delegate", "lan@hanoi.example.org", "+84 24 1234"));

        var descriptive = ProfileInput.descriptive(new Descriptive(
                8_000_000L, " Hoan Kiem ", Set.of("mobility"), List.of("VI", "en", "vi"), "City", "도시"));
        assertThat(descriptive.languages()).containsExactly("vi", "en");
        assertThat(descriptive.address()).isEqualTo("Hoan Kiem");
        assertThat(ProfileInput.text("x", "Line one\nline two", 100, true)).isEqualTo("Line one\nline two");
    }

    @Test
    void theStaleMessageNamesTheFieldsSomeoneElseChanged() {
        var before = new Descriptive(1L, "A", Set.of(), List.of("en"), null, null);
        var after = new Descriptive(2L, "A", Set.of("energy"), List.of("en"), null, "새 소개");

        assertThat(ProfileInput.changedFields(before, after))
                .containsExactly(
                        "membership.field.population",
                        "membership.field.focus-areas",
                        "membership.field.description-ko");
    }

    @Test
    void focusAreasSurviveTheirStoredText() {
        var areas = Set.of("water", "data-platforms");

        assertThat(MemberProfiles.focusText(areas)).isEqualTo("data-platforms,water");
        assertThat(MemberProfiles.focusAreas(MemberProfiles.focusText(areas))).isEqualTo(areas);
        assertThat(MemberProfiles.focusAreas("")).isEmpty();
        assertThat(MemberProfiles.focusAreas(null)).isEmpty();
    }

    @Test
    void aProposedLogoIsTheOrganisationsOwnUntilItIsTheRegistryLogoThenEverySignedInUsersToSee() {
        var proposed = logoFile(41L, HANOI_KEY);
        var approved = logoFile(42L, HANOI_KEY);
        // Hanoi's registry logo is file 42; 41 was proposed (waiting, or rejected).
        var rule = new LogoRule(directory(hanoi(42L)));

        assertThat(rule.maySee(HANOI, proposed)).isTrue();
        assertThat(rule.maySee(SECRETARIAT, proposed)).isTrue();
        assertThat(rule.maySee(user(Role.MEMBER_CITY, NAIROBI_KEY), proposed)).isFalse();
        assertThat(rule.maySee(CHENGDU_OFFICE, proposed)).isFalse();
        assertThat(rule.maySee(null, proposed)).isFalse();

        assertThat(rule.maySee(user(Role.MEMBER_CITY, NAIROBI_KEY), approved)).isTrue();
        assertThat(rule.maySee(CHENGDU_OFFICE, approved)).isTrue();
        assertThat(rule.maySee(null, approved)).as("never anonymous visitors").isFalse();

        // A file of an organisation the registry does not know: nobody.
        assertThat(rule.maySee(SECRETARIAT, logoFile(43L, OrganisationKey.of("xx-unknown"))))
                .isFalse();
    }

    @Test
    void aLogoIdFromTheCallerIsDroppedOnlyTheServiceSetsIt() {
        var forged = new OfficialChange("Hanoi", "하노이", null, null, null, List.of(), 7L);

        assertThat(ProfileInput.official(forged).logoAttachmentId()).isNull();
        assertThat(ProfileInput.official(forged).withLogo(9L).logoAttachmentId())
                .isEqualTo(9L);
    }

    @Test
    void aLogoRequestOfAnotherOrganisationIsRefusedBeforeTheFileIsStored() {
        var profiles = new MemberProfiles(contextFor(HANOI));
        var png = new LogoUpload("logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        // The unit context has no file store: reaching it would fail differently.
        assertThatThrownBy(() -> profiles.requestOfficialChange(NAIROBI_KEY, official("Nairobi", "나이로비"), png))
                .isInstanceOf(PermissionDeniedException.class);
        assertRefused(
                () -> profiles.requestOfficialChange(HANOI_KEY, official("", "하노이"), png),
                "nameEn",
                "membership.invalid.required");
    }

    private static Attachment logoFile(long id, OrganisationKey organisation) {
        return new Attachment(
                id,
                "membership",
                new AttachedTo(MemberProfiles.LOGO_ENTITY, "1", organisation),
                "logo.png",
                FileType.PNG,
                100,
                "00",
                "User of " + organisation,
                LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    private static Organisation hanoi(Long logo) {
        return new Organisation(
                1L,
                HANOI_KEY,
                OrganisationType.CITY,
                "Hanoi",
                "하노이",
                null,
                "VN",
                null,
                true,
                null,
                MembershipStatus.MEMBER,
                null,
                null,
                logo,
                1L);
    }

    /** A registry of one organisation; in scope as OrganisationDirectory says: its own users and the secretariat. */
    private static OrganisationDirectory directory(Organisation only) {
        return (OrganisationDirectory) Proxy.newProxyInstance(
                OrganisationDirectory.class.getClassLoader(),
                new Class<?>[] {OrganisationDirectory.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "byKey" -> only.key().equals(args[0]) ? Optional.of(only) : Optional.empty();
                    case "isInScopeOf" -> {
                        var user = (SignedInUser) args[0];
                        yield user != null
                                && (user.hasRole(Role.SECRETARIAT)
                                        || user.organisation().equals(((Organisation) args[1]).key()));
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static Descriptive descriptive(Long population, String address, String descriptionEn) {
        return new Descriptive(population, address, Set.of(), List.of(), descriptionEn, null);
    }

    private static OfficialChange official(String en, String ko) {
        return new OfficialChange(en, ko, null, null, null, List.of());
    }

    private static SignedInUser user(Role role, OrganisationKey organisation) {
        return new SignedInUser(
                "u-" + organisation,
                "u-" + organisation,
                "User of " + organisation,
                organisation + "@example.org",
                Set.of(role),
                organisation,
                Locale.ENGLISH);
    }

    private static PluginContext contextFor(SignedInUser user) {
        return UnitTestContext.of("membership", user, DECLARED);
    }
}
