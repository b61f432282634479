/**
 * Bounded inflation of zip archives (Office files, workbooks): the one place that decides how large,
 * how many and how compressed the entries of an uploaded zip may be, used by the file store's type
 * check and by the spreadsheet reader.
 */
@NullMarked
package org.wego.platform.archives;

import org.jspecify.annotations.NullMarked;
