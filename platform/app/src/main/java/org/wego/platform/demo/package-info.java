/**
 * Demo data ({@code ./wego run --demo}): the mark of a database created for demos, the loader that runs
 * each plugin's {@link org.wego.plugin.api.DemoData} set once into such a database (and refuses any other),
 * and the flags of the demo records it made.
 */
@NullMarked
package org.wego.platform.demo;

import org.jspecify.annotations.NullMarked;
