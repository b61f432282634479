package org.wego.plugin.api;

import java.util.Locale;

/**
 * One entry of the platform's managed list of smart-city topics (e.g. "Digital government"),
 * maintained by the secretariat. Store its {@link #code()}: a retired topic keeps its code and names,
 * so stored references still show.
 *
 * @param code the stable code, lower-case letters, digits and hyphens (e.g. {@code e-government})
 * @param nameEn its name in English
 * @param nameKo its name in Korean
 * @param position where it sorts in lists, lower first
 * @param retired whether it is no longer offered for new choices
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record Topic(String code, String nameEn, String nameKo, int position, boolean retired) {

    /** The name in a language: Korean for {@code ko}, English otherwise. */
    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) && !nameKo.isBlank() ? nameKo : nameEn;
    }
}
