/**
 * A plugin-like package for {@code PluginAuditContractCheckTest}: services, a store, a view, a job task and an
 * approval handler whose writes are audited, marked or forgotten, each on purpose.
 */
package org.wego.plugin.testkit.auditfixtures;
