package org.wego.plugins.training.certificates;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a certificate says, in its language: everything is read from the records before the PDF is
 * drawn, so drawing it needs no database (the platform prints the verification address for the code).
 */
record CertificateContent(
        Locale language,
        String traineeName,
        String organisation,
        String programmeTitle,
        LocalDate start,
        LocalDate end,
        String partner,
        LocalDate issued,
        String code) {}
