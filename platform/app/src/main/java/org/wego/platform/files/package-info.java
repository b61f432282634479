/**
 * Files attached to records (documents, logos, MOU scans): checked by content, stored under
 * {@code wego.files.dir}, described in {@code platform_attachment}, downloaded at {@code /files/{id}}
 * by those the record's rule lets see them, and offered to plugins as {@link org.wego.plugin.api.Attachments}.
 */
@NullMarked
package org.wego.platform.files;

import org.jspecify.annotations.NullMarked;
