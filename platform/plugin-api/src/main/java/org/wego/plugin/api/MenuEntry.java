package org.wego.plugin.api;

/**
 * An entry in the side navigation. The shell shows it only to users its {@link Access} permits.
 *
 * @param path the route path it opens, without a leading slash (e.g. {@code "training/programmes"})
 * @param labelKey the message key of its label, present in every bundle (en, ko)
 * @param icon a Vaadin icon name such as {@code "vaadin:academy-cap"}, kept as text so this package
 *     stays free of Vaadin
 * @param order where it sorts among entries: lower first; the platform's own entries use 0–99
 * @param access who sees the entry; it should match the access of the route it opens
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record MenuEntry(String path, String labelKey, String icon, int order, Access access) {

    public MenuEntry {
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("Menu paths have no leading slash: " + path);
        }
        if (labelKey.isBlank()) {
            throw new IllegalArgumentException("A menu entry needs a label key");
        }
    }
}
