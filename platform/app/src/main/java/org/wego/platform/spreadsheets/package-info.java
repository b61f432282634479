/**
 * The platform's one reader of uploaded spreadsheets (CSV and XLSX), offered to plugins as {@link
 * org.wego.plugin.api.Spreadsheets}. Every input is bounded before a parser allocates for it: the
 * file's size; an XLSX's zip entries (declared and inflated sizes, compression ratio), its XML (no DTD
 * or entity), its cell references (declared columns, Excel's last row), rows, shared strings and
 * cells; a CSV's line length, rows and cells. fastexcel-reader and Commons CSV live here only.
 */
@NullMarked
package org.wego.platform.spreadsheets;

import org.jspecify.annotations.NullMarked;
