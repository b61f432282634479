package org.wego.plugin.api;

/**
 * A plugin's demo data set: the records a new user of {@code ./wego run --demo} sees instead of an empty
 * screen (e.g. a programme open for nominations with a waitlist). Declared in {@link
 * WegoPlugin#contribute} with {@link PluginContributions#demoData}.
 *
 * <p>The platform calls {@link #load} once per database, only in a database that {@code ./wego run
 * --demo} created (anywhere else it refuses and logs why), after the plugin has started, in one
 * transaction for the whole set: an exception rolls every record of the set back and is logged, the
 * plugin keeps running. Create each record through the plugin's own services, so it is checked and
 * audited like one a person entered; title each one "Demo …" and flag it with {@link
 * DemoDataContext#flag}. Seed data (the organisations and demo logins) is the platform's; a set only
 * adds records.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
@FunctionalInterface
public interface DemoData {

    /**
     * Creates the set's records on the calling thread, acting as the seed's users through {@code demo}.
     *
     * @param demo acting users, approval decisions and the demo flag
     */
    void load(DemoDataContext demo);
}
