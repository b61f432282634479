package org.wego.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlFilterTest {

    @Test
    void leavesOutWhatWasNotGivenAndNumbersTheRest() {
        var filter = new SqlFilter()
                .equalTo("type", null)
                .containsText("  ", "name")
                .equalTo("status", "MEMBER")
                .containsText("Ha", "LOWER(name_en)", "name_ko");

        assertThat(filter.where()).isEqualTo(" WHERE status = :p0 AND (LOWER(name_en) LIKE :p1 OR name_ko LIKE :p1)");
        assertThat(new SqlFilter().equalTo("x", null).where()).isEmpty();
    }

    @Test
    void searchedTextIsMatchedLiterally() {
        assertThat(SqlFilter.likePattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
