package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * A member city keeps its profile current, as people do it in the membership plugin: the Hanoi
 * official saves descriptive fields at once and asks for an official change (head, contact, a new
 * logo), which waits as "pending" until the secretariat, in its own browser, reads and approves it in
 * the approvals inbox; then the official sees the change and the new logo applied and is told of the
 * decision. Two
 * browsers of the same official saving at once: the second is refused, and nothing is lost.
 */
@BrowserTest
class MemberProfileIT {

    private static final DemoUser HANOI = DemoUser.named("hanoi.demo");
    private static final DemoUser SECRETARIAT = DemoUser.named("secretariat.demo");
    /** The English name of the platform topic "mobility" (platform-0102-topics-seed). */
    private static final String MOBILITY = "Mobility and transport";

    @Test
    void aMemberUpdatesItsProfileAndTheSecretariatApprovesItsOfficialChange(Page page, RunningPlatform platform) {
        long run = System.currentTimeMillis() % 100_000;
        String population = Long.toString(8_500_000 + run);
        String address = "12 Le Lai, Hoan Kiem, Hanoi " + run;
        String descriptionEn = "Capital of Viet Nam, building an intelligent operations centre (" + run + ").";
        String descriptionKo = "베트남의 수도, 지능형 통합운영센터 구축 중 (" + run + ").";
        String head = "Tran Sy Thanh " + run;
        String headTitle = "Chairman of the People's Committee";
        String contact = "Do Thi Hoa " + run;
        String email = "hoa." + run + "@hanoi.example.org";
        String comment = "Confirmed by the city's letter " + run;

        // Tall enough that the screenshots show the whole profile, which scrolls inside the shell.
        page.setViewportSize(1280, 1800);
        page.navigate(platform.url(""));
        ShellPage member = KeycloakLoginPage.shownIn(page).signIn(HANOI);
        PlatformTexts texts = member.texts();
        MemberProfilePage profile = MemberProfilePage.openFrom(member, page);
        assertThat(profile.pendingBadge()).hasCount(0);

        // A control character is refused next to its field (through the Binder bridge), and nothing is
        // saved; markup would be ordinary text.
        profile.fill("membership.field.address", "Hoan Kiem\u0007");
        org.assertj.core.api.Assertions.assertThat(profile.saveRefusedAt("membership.field.address"))
                .isEqualTo(texts.get("input.invalid.control"));

        profile.fill("membership.field.population", population);
        profile.fill("membership.field.address", address);
        // A platform topic the secretariat maintains (seeded as membership's former "mobility").
        profile.chooseFocusArea(MOBILITY);
        profile.fill("membership.field.description-en", descriptionEn);
        profile.fill("membership.field.description-ko", descriptionKo);
        profile.save();
        Screenshots.save(page, "member-profile-saved-hanoi-en");

        MemberProfilePage reloaded = profile.reload();
        assertThat(reloaded.field("membership.field.population")).hasValue(population);
        assertThat(reloaded.field("membership.field.address")).hasValue(address);
        assertThat(reloaded.field("membership.field.description-en")).hasValue(descriptionEn);
        assertThat(reloaded.field("membership.field.description-ko")).hasValue(descriptionKo);
        assertThat(reloaded.focusAreaChip(MOBILITY)).isVisible();

        // Official fields: one request to the secretariat, nothing changes yet.
        reloaded.fill("membership.field.head", head);
        reloaded.fill("membership.field.head-title", headTitle);
        reloaded.fillContact(0, contact, "International relations", email, "+84 24 3825 3536");
        // A file that only looks like a PNG is refused next to the upload, and nothing is sent.
        chooseLogo(page, "not-a-logo.png", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        reloaded.requestButton().click();
        assertThat(page.locator(".membership-logo-error")).hasText(texts.get("files.rejected.wrong-type", "PNG, JPEG"));
        assertThat(reloaded.pendingBadge()).hasCount(0);
        Screenshots.save(page, "member-profile-logo-refused-hanoi-en");

        String logoName = "hanoi-logo-" + run + ".png";
        chooseLogo(page, logoName, logoPng());
        reloaded.requestChange();
        assertThat(reloaded.requestButton()).isDisabled();
        assertThat(page.locator(".membership-logo-upload")).hasCount(0);
        assertShown(page.locator(".membership-logo-pending img"));
        Screenshots.save(page, "member-profile-pending-hanoi-en");

        ShellPage korean = member.switchLanguage(Locale.KOREAN);
        MemberProfilePage koreanProfile = MemberProfilePage.shownIn(page, korean.texts());
        assertThat(koreanProfile.pendingBadge()).hasText(korean.texts().get("membership.profile.pending"));
        assertThat(koreanProfile.field("membership.field.address")).hasValue(address);
        assertThat(page.locator(".membership-logo-pending"))
                .containsText(korean.texts().get("membership.profile.logo.pending"));
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "member-profile-pending-hanoi-ko");
        korean.switchLanguage(Locale.ENGLISH);

        // The secretariat, in its own browser, reads the request in the inbox and approves it.
        String request = platform.organisationName("vn-hanoi", Locale.ENGLISH) + " / "
                + platform.organisationName("vn-hanoi", Locale.KOREAN);
        inAnotherBrowser(page, "MemberProfileIT.secretariat", office -> {
            office.navigate(platform.url(""));
            ShellPage secretariat = KeycloakLoginPage.shownIn(office).signIn(SECRETARIAT);
            secretariat.openMenu(secretariat.texts().get("nav.approvals"));
            ApprovalsPage inbox = ApprovalsPage.shownIn(office, secretariat.texts());
            inbox.search(platform.organisationName("vn-hanoi", Locale.ENGLISH));
            Locator details = inbox.open(request);
            assertThat(details).containsText(secretariat.texts().get("membership.profile-change"));
            assertThat(details).containsText(head);
            assertThat(details).containsText(headTitle);
            assertThat(details).containsText(contact + " (International relations) " + email);
            // Labels are message keys, shown in the reader's language.
            assertThat(details)
                    .containsText(
                            secretariat.texts().get("membership.profile.logo.pending") + ": " + logoName + " (PNG, ");
            Screenshots.save(office, "approvals-profile-change-secretariat-en");
            inbox.closeOpen();

            ShellPage koreanOffice = secretariat.switchLanguage(Locale.KOREAN);
            ApprovalsPage koreanInbox = ApprovalsPage.shownIn(office, koreanOffice.texts());
            koreanInbox.search(platform.organisationName("vn-hanoi", Locale.ENGLISH));
            Locator koreanDetails = koreanInbox.open(request);
            assertThat(koreanDetails).containsText(koreanOffice.texts().get("membership.profile-change"));
            assertThat(koreanDetails).containsText(head);
            assertThat(koreanDetails).containsText(koreanOffice.texts().get("membership.field.head") + ": " + head);
            org.assertj.core.api.Assertions.assertThat(koreanOffice.untranslatedKeys())
                    .isEmpty();
            Screenshots.save(office, "approvals-profile-change-secretariat-ko");
            koreanInbox.approveOpen(comment);
            assertThat(koreanInbox.row(request)).isHidden();
            koreanOffice.switchLanguage(Locale.ENGLISH);
        });

        // Back as the member: the change is applied, nothing waits, and the bell tells the decision.
        MemberProfilePage applied = MemberProfilePage.shownIn(page, texts).reload();
        assertThat(applied.field("membership.field.head")).hasValue(head);
        assertThat(applied.field("membership.field.head-title")).hasValue(headTitle);
        assertThat(applied.contact(0, "membership.field.contact-name")).hasValue(contact);
        assertThat(applied.contact(0, "membership.field.contact-email")).hasValue(email);
        assertThat(applied.field("membership.field.address")).hasValue(address);
        assertThat(applied.pendingBadge()).hasCount(0);
        assertThat(applied.requestButton()).isEnabled();
        assertThat(page.locator(".membership-logo-pending")).hasCount(0);
        Locator logo = page.locator(".membership-logo-current img");
        assertThat(logo).hasAttribute("alt", texts.get("membership.profile.logo.current") + ": " + logoName);
        assertShown(logo);
        Locator unread = page.locator(".wego-bell .wego-bell-count");
        assertThat(unread).isVisible();
        Screenshots.save(page, "member-profile-applied-hanoi-en");

        page.locator(".wego-bell").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("notifications.title"))))
                .isVisible();
        Locator notice = page.getByText(texts.get("approvals.decided.approved.subject", request));
        assertThat(notice.first()).isVisible();
        notice.first().click();
        assertThat(page.locator(".wego-notification-body").filter(new Locator.FilterOptions().setHasText(comment)))
                .isVisible();
        Screenshots.save(page, "notifications-profile-change-hanoi-en");
    }

    @Test
    void twoBrowsersOfTheSameMemberSaveAtOnceAndTheSecondIsToldWhatChanged(Page page, RunningPlatform platform) {
        long run = System.currentTimeMillis() % 100_000;
        String address = "Hoan Kiem district, Hanoi " + run;
        String descriptionEn = "Hanoi joined WeGO to share its smart-city plans (" + run + ").";

        page.navigate(platform.url(""));
        ShellPage member = KeycloakLoginPage.shownIn(page).signIn(HANOI);
        PlatformTexts texts = member.texts();
        MemberProfilePage first = MemberProfilePage.openFrom(member, page);

        inAnotherBrowser(page, "MemberProfileIT.second-browser", other -> {
            other.navigate(platform.url(""));
            ShellPage again = KeycloakLoginPage.shownIn(other).signIn(HANOI);
            MemberProfilePage second = MemberProfilePage.openFrom(again, other);
            String descriptionBefore =
                    second.field("membership.field.description-en").inputValue();

            first.fill("membership.field.address", address);
            first.save();

            second.fill("membership.field.description-en", descriptionEn);
            org.assertj.core.api.Assertions.assertThat(second.saveRefused())
                    .isEqualTo(
                            texts.get("membership.stale", HANOI.displayName(), texts.get("membership.field.address")));
            Screenshots.save(other, "member-profile-stale-hanoi-en");

            // Nothing of the first save is lost, nothing of the refused one was written.
            MemberProfilePage reloaded = second.reload();
            assertThat(reloaded.field("membership.field.address")).hasValue(address);
            assertThat(reloaded.field("membership.field.description-en")).hasValue(descriptionBefore);

            // Made again on top of the first save, the change goes through.
            reloaded.fill("membership.field.description-en", descriptionEn);
            reloaded.save();
        });

        MemberProfilePage both = first.reload();
        assertThat(both.field("membership.field.address")).hasValue(address);
        assertThat(both.field("membership.field.description-en")).hasValue(descriptionEn);
    }

    /**
     * Chooses a new logo in the official part's upload, which sends it to the server at once (held
     * there until the request is sent); waits until the upload is complete and the refusal is empty.
     */
    private static void chooseLogo(Page page, String name, byte[] content) {
        Locator upload = page.locator(".membership-logo-upload");
        assertThat(upload).isVisible();
        assertThat(upload.locator("vaadin-upload-file")).hasCount(0);
        upload.locator("input[type=file]").setInputFiles(new FilePayload(name, "image/png", content));
        assertThat(upload.locator("vaadin-upload-file[complete]")).hasCount(1);
        assertThat(page.locator(".membership-logo-error")).hasText("");
    }

    /** An image that really loaded (a broken download has no natural width). */
    private static void assertShown(Locator image) {
        assertThat(image).isVisible();
        image.page().waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
    }

    /** A small PNG logo: a blue square with a white bar. */
    private static byte[] logoPng() {
        var image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1f4e8c));
        g.fillRect(0, 0, 96, 96);
        g.setColor(Color.WHITE);
        g.fillRect(16, 40, 64, 16);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Runs part of a test in a second browser (its own cookies: another person, or the same person on
     * another computer), closed afterwards. A failure leaves a screenshot of that browser too.
     */
    private static void inAnotherBrowser(Page page, String name, Consumer<Page> work) {
        Browser browser = page.context().browser();
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800))) {
            Page other = context.newPage();
            try {
                work.accept(other);
            } catch (AssertionError | PlaywrightException e) {
                try {
                    Screenshots.saveAsIs(other, "failed/" + name);
                } catch (PlaywrightException screenshot) {
                    e.addSuppressed(screenshot);
                }
                throw e;
            }
        }
    }
}
