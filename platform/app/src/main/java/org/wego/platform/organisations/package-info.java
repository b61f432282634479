/**
 * The organisation registry: members (cities, companies, institutions), the regional offices, the
 * secretariat and partners, with the fields the platform owns; the scope rules built on the regions;
 * the seed from the January 2023 overview and the data-quality findings it produced.
 */
@NullMarked
package org.wego.platform.organisations;

import org.jspecify.annotations.NullMarked;
