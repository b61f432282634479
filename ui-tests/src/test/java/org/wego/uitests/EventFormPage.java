package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;

/**
 * The secretariat's event form ({@code events/edit}): text, date and number fields, the kit's country,
 * topics and organisation pickers, the host kind and WeGO's role. Every field is found by its translated
 * label (label keys of the events plugin or of the platform's dates and topics bundles).
 */
final class EventFormPage {

    private final Page page;
    private final PlatformTexts texts;
    private final Locator form;

    private EventFormPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
        this.form = page.locator(".events-form");
    }

    /** The form for a new event the browser shows now, waiting for its heading. */
    static EventFormPage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("events.record"))))
                .isVisible();
        return new EventFormPage(page, texts);
    }

    /** A field's input by its label's message key. */
    Locator field(String labelKey) {
        return form.getByLabel(texts.get(labelKey), new Locator.GetByLabelOptions().setExact(true));
    }

    EventFormPage fill(String labelKey, String value) {
        field(labelKey).fill(value);
        return this;
    }

    /**
     * Types a day into a date picker as the kit's pickers write it in every language ("2027-03-14") and commits
     * it; the picker shows it back so once it has understood it.
     */
    EventFormPage date(String labelKey, LocalDate day) {
        String typed = day.toString();
        Locator picker = field(labelKey);
        picker.fill(typed);
        picker.press("Enter");
        assertThat(picker).hasValue(typed);
        return this;
    }

    /** Types into a combo box (country, host organisation) and takes the option shown exactly so. */
    EventFormPage choose(String labelKey, String typed, String option) {
        field(labelKey).fill(typed);
        option(option).click();
        assertThat(field(labelKey)).hasValue(option);
        return this;
    }

    /** Opens a select (host kind, WeGO's role) and takes an option by its label's message key. */
    EventFormPage select(String labelKey, String optionKey) {
        field(labelKey).click();
        option(texts.get(optionKey)).click();
        return this;
    }

    /**
     * Adds a choice to a multi-select (topics, participating members): types to narrow the list, ticks the
     * option and closes the list; the choice then shows as a chip. (Ticking clears the typed text, and the
     * long list of members scrolls back to its top, so the chip is what tells the choice was taken.)
     */
    EventFormPage add(String labelKey, String typed, String option) {
        Locator box = field(labelKey);
        box.fill(typed);
        Locator choice = option(option);
        assertThat(choice).isVisible();
        choice.click();
        assertThat(form.locator("vaadin-multi-select-combo-box-chip")
                        .filter(new Locator.FilterOptions().setHasText(option)))
                .isVisible();
        box.press("Escape");
        assertThat(box).hasAttribute("aria-expanded", "false");
        return this;
    }

    /** Saves, expecting the event to be refused at one field, and returns the message shown under it. */
    String saveRefusedAt(String labelKey) {
        saveButton().click();
        // The input sits in the field element's light DOM, beside the field's error message.
        Locator error = field(labelKey).locator("xpath=..").locator("[slot=error-message]");
        assertThat(error).isVisible();
        return error.innerText().strip();
    }

    /** Saves, expecting the event to be accepted: the browser lands on the event's page. */
    EventPage save(String title) {
        saveButton().click();
        return EventPage.shownIn(page, texts, title);
    }

    private Locator saveButton() {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get("events.save")).setExact(true));
    }

    private Locator option(String label) {
        return page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true));
    }
}
