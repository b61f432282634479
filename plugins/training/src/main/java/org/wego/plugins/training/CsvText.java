package org.wego.plugins.training;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: comma-separated, fields optionally in double quotes (a doubled quote inside is
 * one quote; commas and line breaks inside quotes belong to the field), lines ending in CRLF, LF or CR.
 * Small enough to keep here rather than bundling a CSV library and its dependencies in the plugin jar.
 */
final class CsvText {

    private CsvText() {}

    /** The records of the text, each a list of fields, in order; a trailing line break adds no record. */
    static List<List<String>> records(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(List.copyOf(record));
                record.clear();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (any || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(List.copyOf(record));
        }
        return records;
    }
}
