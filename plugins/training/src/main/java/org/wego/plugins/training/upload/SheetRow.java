package org.wego.plugins.training.upload;

import java.util.List;

/**
 * One row of an uploaded sheet as text, numbered as the spreadsheet numbers it (the header is row 1).
 * A formula cell of an XLSX file is kept as its formula text, starting with {@code =}, so the row
 * checks refuse it rather than trusting a computed value.
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
