package org.wego.platform.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.WidgetContribution;

/**
 * The live set of views, menu entries and widgets, by contributor. Registered and removed while the
 * platform runs (plugins come and go), so it is safe to read from any thread at any time.
 */
@Component
public class NavigationRegistry {

    private final Map<String, Contributions> byOwner = new ConcurrentHashMap<>();
    private final List<Consumer<Contributions>> onRegister = new CopyOnWriteArrayList<>();
    private final List<Consumer<Contributions>> onRemove = new CopyOnWriteArrayList<>();

    /**
     * Adds a contributor's views, menus and widgets.
     *
     * @throws IllegalStateException if the owner is registered already or a path is taken
     */
    public synchronized void register(Contributions contributions) {
        if (byOwner.containsKey(contributions.owner())) {
            throw new IllegalStateException(contributions.owner() + " is registered already");
        }
        for (var view : contributions.views()) {
            if (view.titleKey() == null) {
                // The document title comes from the declaration: a view without one would be anonymous.
                throw new IllegalStateException(
                        "View '" + view.path() + "' of " + contributions.owner() + " has no title key");
            }
            views().stream()
                    .filter(v -> v.view().path().equals(view.path()))
                    .findFirst()
                    .ifPresent(taken -> {
                        throw new IllegalStateException("Route '" + view.path() + "' of " + contributions.owner()
                                + " is taken by " + taken.owner());
                    });
        }
        byOwner.put(contributions.owner(), contributions);
        onRegister.forEach(listener -> listener.accept(contributions));
    }

    /** Calls the listener for everything registered so far and for every later registration. */
    public synchronized void forEachRegistration(Consumer<Contributions> listener) {
        byOwner.values().forEach(listener);
        onRegister.add(listener);
    }

    /** Calls the listener whenever a contributor's registrations are removed. */
    public void onRemoval(Consumer<Contributions> listener) {
        onRemove.add(listener);
    }

    /** Removes everything a contributor registered (a plugin being disabled or uninstalled). */
    public synchronized void remove(String owner) {
        Contributions removed = byOwner.remove(owner);
        if (removed != null) {
            onRemove.forEach(listener -> listener.accept(removed));
        }
    }

    /** Every registered view, in no particular order. */
    public List<RegisteredView> views() {
        List<RegisteredView> all = new ArrayList<>();
        byOwner.values().forEach(c -> c.views().forEach(v -> all.add(new RegisteredView(c.owner(), v))));
        return all;
    }

    /** The access declared for a view class, or empty for a class nobody registered (deny). */
    public Optional<Access> accessOf(Class<?> viewClass) {
        return views().stream()
                .filter(v -> v.view().viewClass().equals(viewClass))
                .map(v -> v.view().access())
                .findFirst();
    }

    /**
     * The title key declared for a view class, or empty for a class nobody registered. The shell sets
     * the document title from it.
     */
    public Optional<String> titleKeyOf(Class<?> viewClass) {
        return views().stream()
                .filter(v -> v.view().viewClass().equals(viewClass))
                .map(v -> v.view().titleKey())
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** The menu entries the user may see, in menu order. */
    public List<MenuEntry> menuFor(@Nullable SignedInUser user) {
        return byOwner.values().stream()
                .flatMap(c -> c.menuEntries().stream())
                .filter(entry -> entry.access().permits(user))
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::path))
                .toList();
    }

    /** The dashboard widgets the user may see, in dashboard order. */
    public List<WidgetContribution> widgetsFor(@Nullable SignedInUser user) {
        return byOwner.values().stream()
                .flatMap(c -> c.widgets().stream())
                .filter(widget -> widget.access().permits(user))
                .sorted(Comparator.comparingInt(WidgetContribution::order).thenComparing(WidgetContribution::id))
                .toList();
    }
}
