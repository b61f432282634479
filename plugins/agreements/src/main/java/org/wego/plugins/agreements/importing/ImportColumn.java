package org.wego.plugins.agreements.importing;

/** The columns of the import template, in order, each with its fixed bilingual header. */
enum ImportColumn {
    KIND("Kind / 종류"),
    TITLE_EN("Title (English) / 제목 (영문)"),
    TITLE_KO("Title (Korean) / 제목 (국문)"),
    PARTIES("Counterparties / 상대방"),
    SIGNED_YEAR("Year signed / 체결 연도"),
    SIGNED_DATE("Day signed / 체결일"),
    EFFECTIVE("In effect from / 발효일"),
    EXPIRY("Expires on / 만료일"),
    NOTICE_DAYS("Notice period (days) / 통지 기간 (일)"),
    PURPOSE_EN("Purpose (English) / 목적 (영문)"),
    PURPOSE_KO("Purpose (Korean) / 목적 (국문)");

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** The column's name shown next to a problem: {@code agreements.import.column.<NAME>}. */
    String labelKey() {
        return "agreements.import.column." + name();
    }
}
