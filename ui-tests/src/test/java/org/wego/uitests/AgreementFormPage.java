package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;

/**
 * The secretariat's agreement form ({@code agreements/edit}): text, number and the kit's ISO date fields,
 * the kind and stage selects, the kit's counterparties picker. Every field is found by its translated label.
 */
final class AgreementFormPage {

    private final Page page;
    private final PlatformTexts texts;
    private final Locator form;

    private AgreementFormPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
        this.form = page.locator(".agreements-form");
    }

    /** The form for a new agreement the browser shows now, waiting for its heading. */
    static AgreementFormPage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("agreements.record"))))
                .isVisible();
        return new AgreementFormPage(page, texts);
    }

    /** A field's input by its label's message key. */
    Locator field(String labelKey) {
        return form.getByLabel(texts.get(labelKey), new Locator.GetByLabelOptions().setExact(true));
    }

    AgreementFormPage fill(String labelKey, String value) {
        field(labelKey).fill(value);
        return this;
    }

    /** Types a day as the kit's pickers write it in every language ("2027-03-14") and commits it. */
    AgreementFormPage date(String labelKey, LocalDate day) {
        String typed = day.toString();
        Locator picker = field(labelKey);
        picker.fill(typed);
        picker.press("Enter");
        assertThat(picker).hasValue(typed);
        return this;
    }

    /** Opens a select (kind, stage) and takes an option by its label's message key. */
    AgreementFormPage select(String labelKey, String optionKey) {
        field(labelKey).click();
        option(texts.get(optionKey)).click();
        return this;
    }

    /** Adds a counterparty: types to narrow the list, ticks the option, closes the list; it shows as a chip. */
    AgreementFormPage add(String labelKey, String typed, String option) {
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

    /** Saves, expecting a refusal at one field, and returns the message shown under it. */
    String saveRefusedAt(String labelKey) {
        saveButton().click();
        // The input sits in the field element's light DOM, beside the field's error message.
        Locator error = field(labelKey).locator("xpath=..").locator("[slot=error-message]");
        assertThat(error).isVisible();
        return error.innerText().strip();
    }

    /** Saves, expecting the agreement to be accepted: the browser lands on its page. */
    AgreementPage save(String title) {
        saveButton().click();
        return AgreementPage.shownIn(page, texts, title);
    }

    private Locator saveButton() {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName(texts.get("agreements.save"))
                        .setExact(true));
    }

    private Locator option(String label) {
        return page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true));
    }
}
