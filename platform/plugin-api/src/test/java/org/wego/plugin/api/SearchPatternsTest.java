package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What users type into a search box is matched as typed: LIKE's wildcards are escaped. */
class SearchPatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreText() {
        assertThat(SearchPatterns.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(SearchPatterns.startingWith("Da_")).isEqualTo("Da\\_%");
        assertThat(SearchPatterns.containing("서울 -- 'Smart' <City>")).isEqualTo("%서울 -- 'Smart' <City>%");
    }
}
