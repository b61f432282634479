package org.wego.plugins.training.upload;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Messages;

/**
 * A problem of one upload row: an error keeps the row from being saved, a warning (e.g. beyond the
 * city's quota: it will wait) does not. Translated when shown.
 *
 * @param row the spreadsheet's row number (header = row 1)
 * @param column the column at fault, if one is
 */
record UploadProblem(
        int row, @Nullable UploadColumn column, String messageKey, List<Object> arguments, boolean warning) {

    UploadProblem {
        arguments = List.copyOf(arguments);
    }

    static UploadProblem error(int row, @Nullable UploadColumn column, String messageKey, Object... arguments) {
        return new UploadProblem(row, column, messageKey, List.of(arguments), false);
    }

    static UploadProblem warning(int row, @Nullable UploadColumn column, String messageKey, Object... arguments) {
        return new UploadProblem(row, column, messageKey, List.of(arguments), true);
    }

    String message(Messages messages) {
        return messages.get(messageKey, arguments.toArray());
    }
}
