/**
 * The agreements the January 2023 overview names: the seed itself is a Liquibase change set of the plugin
 * ({@code agreements-0400}); here, the 2020 line it could not seed, kept as a data-quality finding.
 */
@NullMarked
package org.wego.plugins.agreements.seed;

import org.jspecify.annotations.NullMarked;
