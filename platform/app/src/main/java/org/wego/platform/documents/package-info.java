/**
 * Verifiable documents: codes issued for plugins' documents (certificates, attendance records), the
 * facts kept to show on the platform's public verification page, and revocation.
 */
@NullMarked
package org.wego.platform.documents;

import org.jspecify.annotations.NullMarked;
