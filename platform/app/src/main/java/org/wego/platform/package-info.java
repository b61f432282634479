/**
 * The WeGO Platform application: it knows organisations, people, roles, navigation and languages,
 * and nothing about training or MOUs; those come from plugins through the plugin API. One package
 * per feature; classes are package-private unless another feature needs them.
 */
@NullMarked
package org.wego.platform;

import org.jspecify.annotations.NullMarked;
