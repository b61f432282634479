package org.wego.plugins.events.register;

/** Who hosted an event: WeGO, a member or a partner from the registry, or someone named in free text. */
public enum HostKind {
    WEGO,
    MEMBER,
    PARTNER,
    OTHER
}
