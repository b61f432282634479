package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The frame around every signed-in page: the side menu, who is signed in for which organisation,
 * the language switch and sign-out. Everything is found by its role and translated label, so a
 * label that is wrong or untranslated fails the lookup.
 */
final class ShellPage {

    private static final Pattern MISSING_TRANSLATION = Pattern.compile("![a-z][\\w.-]*!");

    private final Page page;
    private final PlatformTexts texts;
    private final Locator menu;
    private final Locator signedInUser;

    private ShellPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
        this.menu =
                page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(texts.get("shell.menu.label")));
        this.signedInUser = page.getByLabel(texts.get("shell.user.label"), new Page.GetByLabelOptions().setExact(true));
    }

    /** The shell the browser shows now in the given language, waiting for it to arrive. */
    static ShellPage shownIn(Page page, PlatformTexts texts) {
        var shell = new ShellPage(page, texts);
        assertThat(shell.signOutButton()).isVisible();
        return shell;
    }

    /** The menu entries' labels, top to bottom. */
    List<String> menuLabels() {
        // The list items, not the links: a link's text sits in the item's light DOM, slotted into the link.
        Locator items = menu.getByRole(AriaRole.LISTITEM);
        assertThat(items.first()).isVisible();
        return items.allInnerTexts().stream().map(String::strip).toList();
    }

    /** Opens a menu entry by its label. */
    void openMenu(String label) {
        menu.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }

    /** The name shown for the signed-in user. */
    String userName() {
        return signedInUser.locator(".wego-user-name").innerText().strip();
    }

    /** The organisation shown for the signed-in user. */
    String userOrganisation() {
        return signedInUser.locator(".wego-user-organisation").innerText().strip();
    }

    /**
     * Picks a language in the switch, which stores it and reloads the page, and returns the shell
     * as shown in that language.
     */
    ShellPage switchLanguage(Locale language) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("shell.language")))
                .click();
        // Each language is listed by its own name: "English", "한국어".
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(language.getDisplayLanguage(language))
                                .setExact(true))
                .click();
        return shownIn(page, PlatformTexts.in(language));
    }

    /**
     * Texts on the page that are message keys in {@code !key!} form: what the platform shows when a
     * translation is missing.
     */
    List<String> untranslatedKeys() {
        return MISSING_TRANSLATION
                .matcher(page.locator("body").innerText())
                .results()
                .map(MatchResult::group)
                .toList();
    }

    /** Signs out of the platform (and of Keycloak) and returns where the browser lands. */
    KeycloakLoginPage signOut() {
        signOutButton().click();
        return KeycloakLoginPage.shownIn(page);
    }

    /** The home page inside the shell. */
    HomePage home() {
        return HomePage.shownIn(page);
    }

    PlatformTexts texts() {
        return texts;
    }

    private Locator signOutButton() {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get("shell.signout")).setExact(true));
    }
}
