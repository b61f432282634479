package org.wego.platform.organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV, both ways: the seed files are read with it and exports are written with it. */
final class CsvRows {

    private CsvRows() {}

    /** The records of a CSV text with a header line, as maps from header to value. */
    static List<Map<String, String>> read(String text) {
        List<List<String>> records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.getFirst().isEmpty()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One CSV line: fields quoted when they hold a comma, quote or line break; CRLF-terminated. */
    static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            boolean needsQuotes =
                    field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
            // A leading =, +, - or @ would run as a formula in a spreadsheet.
            String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
            quoted.add(needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
