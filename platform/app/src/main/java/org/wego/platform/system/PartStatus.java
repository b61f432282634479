package org.wego.platform.system;

/**
 * How one part the platform depends on is doing.
 *
 * @param nameKey the message key of the part's name
 * @param up whether it answers
 * @param detail what was found (version, address), not translated: it is technical
 */
record PartStatus(String nameKey, boolean up, String detail) {}
