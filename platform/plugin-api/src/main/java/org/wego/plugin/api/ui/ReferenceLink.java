package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.wego.plugin.api.ShownReference;
import org.wego.plugin.api.Stability;

/**
 * A reference to another record, shown one way everywhere: a link with the record's title, a plain
 * title when it has no page, or the muted "not available" text when its plugin does not run. Text is
 * always set as text, never as markup.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class ReferenceLink extends Composite<Span> {

    /** Shows a reference as {@link org.wego.plugin.api.RecordReferences#show} returned it. */
    public ReferenceLink(ShownReference shown) {
        Span root = getContent();
        root.addClassName("wego-reference");
        root.getElement().setAttribute("data-reference", shown.reference().value());
        if (!shown.available()) {
            root.addClassName("wego-reference-unavailable");
            root.getStyle().set("color", "var(--lumo-secondary-text-color)");
            root.setText(shown.text());
        } else if (shown.link() == null) {
            root.setText(shown.text());
        } else {
            root.add(new Anchor(shown.link(), shown.text()));
        }
    }
}
