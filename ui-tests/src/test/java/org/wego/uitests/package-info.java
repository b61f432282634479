/**
 * Browser tests of the WeGO Platform: the platform booted in-process against the test stack,
 * driven by Playwright in the machine's Chromium, through page objects named after what users see.
 */
@NullMarked
package org.wego.uitests;

import org.jspecify.annotations.NullMarked;
