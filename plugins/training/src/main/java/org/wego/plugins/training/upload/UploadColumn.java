package org.wego.plugins.training.upload;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the bulk-upload template, in template order. A header is recognised in English, in
 * Korean or as the template's bilingual "English / 한국어" form, in any order, case and spacing.
 */
enum UploadColumn {
    CITY("City", "도시", true, Set.of("city", "도시", "organisation", "organization", "기관")),
    NAME("Name", "이름", true, Set.of("name", "fullname", "이름", "성명")),
    POSITION("Position", "직위", false, Set.of("position", "title", "직위", "직책")),
    DEPARTMENT("Department", "부서", false, Set.of("department", "부서")),
    EMAIL("E-mail", "이메일", true, Set.of("email", "mail", "이메일", "전자우편")),
    LANGUAGE("Language", "언어", true, Set.of("language", "언어")),
    GENDER("Gender", "성별", false, Set.of("gender", "sex", "성별"));

    private final String english;
    private final String korean;
    private final boolean required;
    private final Set<String> names;

    UploadColumn(String english, String korean, boolean required, Set<String> names) {
        this.english = english;
        this.korean = korean;
        this.required = required;
        this.names = names;
    }

    /** The template's header: both languages, so one file serves every coordinator. */
    String header() {
        return english + " / " + korean;
    }

    /** Whether a file without this column is refused (the trainee rules need its value). */
    boolean required() {
        return required;
    }

    /** The message key of the column's label, for the problems list. */
    String labelKey() {
        return "training.upload.column." + name();
    }

    /** The column a header names, if any: English, Korean or "English / Korean". */
    static Optional<UploadColumn> ofHeader(String header) {
        for (String part : header.split("/")) {
            String name = normalised(part);
            for (UploadColumn column : values()) {
                if (column.names.contains(name)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalised(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-_*.()]", "")
                .replace("\uFEFF", "");
    }
}
