package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The membership plugin's profile page ({@code membership/profile}): the official details, sent to the
 * secretariat as one change request, and the descriptive ones, saved at once. Fields are found by
 * their translated labels; the official contacts are one line each (name, role, e-mail, phone).
 */
final class MemberProfilePage {

    private final Page page;
    private final PlatformTexts texts;

    private MemberProfilePage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    /** The profile the browser shows now, waiting until its form has arrived. */
    static MemberProfilePage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("membership.profile.title"))))
                .isVisible();
        var profile = new MemberProfilePage(page, texts);
        assertThat(profile.field("membership.field.population")).isVisible();
        return profile;
    }

    /** Opens the profile from the menu ("My profile") of a member's shell. */
    static MemberProfilePage openFrom(ShellPage shell, Page page) {
        shell.openMenu(shell.texts().get("membership.menu.my-profile"));
        return shownIn(page, shell.texts());
    }

    /** Reloads the page, as a user pressing F5 would, and returns the profile as the server now has it. */
    MemberProfilePage reload() {
        page.reload();
        return shownIn(page, texts);
    }

    /** A text, number or area field by its label's message key. */
    Locator field(String labelKey) {
        return page.getByLabel(texts.get(labelKey), new Page.GetByLabelOptions().setExact(true));
    }

    void fill(String labelKey, String value) {
        field(labelKey).fill(value);
    }

    /**
     * Adds a focus area (a platform topic, by its name as shown) to the profile's selection; one already
     * chosen stays chosen.
     */
    void chooseFocusArea(String topicName) {
        Locator box = field("membership.field.focus-areas");
        box.click();
        Locator option = page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(topicName).setExact(true));
        assertThat(option).isVisible();
        if (!"true".equals(option.getAttribute("aria-selected"))) {
            option.click();
        }
        assertThat(option).hasAttribute("aria-selected", "true");
        box.press("Escape");
        assertThat(option).isHidden();
    }

    /** The chosen focus areas, as the chips in the field show their labels. */
    Locator focusAreaChip(String topicName) {
        return page.locator("vaadin-multi-select-combo-box-chip")
                .filter(new Locator.FilterOptions().setHasText(topicName));
    }

    /** Saves the descriptive fields and waits for the confirmation. */
    void save() {
        button("membership.profile.save").click();
        assertThat(done()).hasText(texts.get("membership.profile.saved"));
    }

    /** Saves the descriptive fields expecting a refusal, and returns the message shown under the form. */
    String saveRefused() {
        button("membership.profile.save").click();
        Locator message = page.locator(".membership-descriptive-message");
        assertThat(message).not().isEmpty();
        return message.innerText().strip();
    }

    /** Saves the descriptive fields expecting one to be refused, and returns the message shown under it. */
    String saveRefusedAt(String labelKey) {
        button("membership.profile.save").click();
        // The input sits in the field element's light DOM, beside the field's error message.
        Locator error = field(labelKey).locator("xpath=..").locator("[slot=error-message]");
        assertThat(error).isVisible();
        return error.innerText().strip();
    }

    /** The confirmation shown at the top of the profile after a save or a request. */
    Locator done() {
        return page.locator(".membership-done");
    }

    /** The official contact on a line of the contacts form (0 is the first). */
    Locator contact(int line, String labelKey) {
        return page.locator(".membership-contacts")
                .getByLabel(texts.get(labelKey), new Locator.GetByLabelOptions().setExact(true))
                .nth(line);
    }

    /** Writes an official contact on a line of the contacts form. */
    void fillContact(int line, String name, String role, String email, String phone) {
        contact(line, "membership.field.contact-name").fill(name);
        contact(line, "membership.field.contact-role").fill(role);
        contact(line, "membership.field.contact-email").fill(email);
        contact(line, "membership.field.contact-phone").fill(phone);
    }

    /** Sends the official fields to the secretariat and waits for the confirmation and the pending badge. */
    void requestChange() {
        requestButton().click();
        assertThat(done()).hasText(texts.get("membership.profile.requested"));
        assertThat(pendingBadge()).isVisible();
    }

    Locator requestButton() {
        return button("membership.profile.request");
    }

    /** The "pending change" badge shown while the secretariat has not decided. */
    Locator pendingBadge() {
        return page.locator(".membership-pending");
    }

    private Locator button(String key) {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get(key)).setExact(true));
    }
}
