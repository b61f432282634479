package org.wego.plugins.training.upload;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What checking an upload found: every data row, and every problem by row number. Nothing is saved
 * by a check; {@link #validRows} are those without an error (warnings allowed).
 *
 * @param encoding the encoding the file was read in (see {@link UploadedSheet#encoding})
 */
record UploadCheck(String format, String encoding, List<UploadRow> rows, List<UploadProblem> problems) {

    UploadCheck {
        rows = List.copyOf(rows);
        problems = problems.stream()
                .sorted(Comparator.comparingInt(UploadProblem::row)
                        .thenComparing(UploadProblem::warning)
                        .thenComparingInt(
                                p -> p.column() == null ? -1 : p.column().ordinal()))
                .toList();
    }

    List<UploadRow> validRows() {
        Set<Integer> refused = problems.stream()
                .filter(p -> !p.warning())
                .map(UploadProblem::row)
                .collect(Collectors.toSet());
        return rows.stream().filter(r -> !refused.contains(r.number())).toList();
    }

    List<UploadProblem> errors() {
        return problems.stream().filter(p -> !p.warning()).toList();
    }

    List<UploadProblem> warnings() {
        return problems.stream().filter(UploadProblem::warning).toList();
    }
}
