package org.wego.platform.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Makes Vaadin's tabs a valid ARIA tab list on every page (the outbox, training's list and calendar
 * views, any plugin's). {@code <vaadin-tabs>} has the role {@code tablist}, whose children may only
 * be tabs, but its shadow DOM wraps them in a scroll container with {@code tabindex="-1"}: a focusable
 * element, so it cannot be presentational and axe-core reports {@code aria-required-children}
 * (critical), as a screen reader meets an unnamed element between the list and its tabs. Without the
 * attribute the container is presentational; the tabs keep their own keyboard handling.
 */
@Component
class TabsRole implements VaadinServiceInitListener {

    /** Fixes the tab lists already on the page and every one created later, once the element is defined. */
    static final String FIX = """
            customElements.whenDefined('vaadin-tabs').then(() => {
              const tabs = customElements.get('vaadin-tabs');
              const fix = list => list.updateComplete
                  ? list.updateComplete.then(() => list.shadowRoot?.querySelector('#scroll')?.removeAttribute('tabindex'))
                  : list.shadowRoot?.querySelector('#scroll')?.removeAttribute('tabindex');
              if (!tabs.prototype.__wegoTabsRole) {
                tabs.prototype.__wegoTabsRole = true;
                const ready = tabs.prototype.ready;
                tabs.prototype.ready = function () {
                  ready.call(this);
                  fix(this);
                };
              }
              document.querySelectorAll('vaadin-tabs').forEach(fix);
            });
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(FIX));
    }
}
