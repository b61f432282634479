/**
 * The REST API's shared infrastructure under {@code /api/v1}: the access check, parameter checks,
 * paging and problem details, and the OpenAPI description. The controllers live in their features
 * ({@code organisations.OrganisationsApi}, {@code audit.AuditApi}, {@code approvals.ApprovalsApi}):
 * small, over the feature's services, records as DTOs, every endpoint declaring who may call it
 * ({@link org.wego.plugin.api.ApiAccess}), bad input answered with translated RFC 9457 problem
 * details. Authentication is the API filter chain's (bearer
 * tokens, see {@code org.wego.platform.security}); role and organisation scope are checked again by
 * the services themselves. Plugins add endpoints of their own the same way (registered by
 * {@code org.wego.platform.plugins.PluginEndpoints}).
 */
@NullMarked
package org.wego.platform.api;

import org.jspecify.annotations.NullMarked;
