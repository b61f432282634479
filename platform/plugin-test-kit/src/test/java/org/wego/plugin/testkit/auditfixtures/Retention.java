package org.wego.plugin.testkit.auditfixtures;

/** Called through its interface: the contract follows the call into every implementation. */
interface Retention {

    void purge(long id);
}
